#include "core/domain/medication/medicalreview.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

TEST_CASE("The medical review is the latest attended doctor appointment or prescription start",
    "[core][medication][review]")
{
    const std::vector<Prescription> prescriptions {methadone("m1", "c1", "2025-01-20")};
    const std::vector<Appointment> appointments {
        appointment("a1", "k1", "2025-03-03T10:00:00+01:00", AppointmentType::Doctor,
            AppointmentStatus::Attended),
        appointment("a2", "k1", "2025-04-07T10:00:00+02:00", AppointmentType::Doctor,
            AppointmentStatus::NoShow),
        appointment("a3", "k1", "2025-04-08T10:00:00+02:00", AppointmentType::Individual,
            AppointmentStatus::Attended),
        appointment("a4", "k1", "2025-06-02T10:00:00+02:00", AppointmentType::Doctor,
            AppointmentStatus::Attended)};

    const MedicalReview review = medicalReviewOn(date("2025-05-01"), prescriptions, appointments);

    CHECK(review.last == date("2025-03-03"));
    CHECK(review.required);
    CHECK_FALSE(review.overdue);
    CHECK(review.dueBy() == date("2025-09-02"));
}

TEST_CASE("A substitution client is overdue 184 days after the last review, not on day 183",
    "[core][medication][review]")
{
    const std::vector<Prescription> prescriptions {methadone("m1", "c1", "2025-01-20")};

    CHECK_FALSE(medicalReviewOn(date("2025-07-22"), prescriptions, {}).overdue); // + 183
    CHECK(medicalReviewOn(date("2025-07-23"), prescriptions, {}).overdue); // + 184
}

TEST_CASE("A dose change starts a new prescription and so counts as a review",
    "[core][medication][review]")
{
    const std::vector<Prescription> prescriptions {
        methadone("m1", "c1", "2025-01-20", "2025-05-31"), methadone("m2", "c1", "2025-06-01")};

    const MedicalReview review = medicalReviewOn(date("2025-09-01"), prescriptions, {});

    CHECK(review.last == date("2025-06-01"));
    CHECK_FALSE(review.overdue);
}

TEST_CASE("A client with no active substitution or antabus prescription is never overdue",
    "[core][medication][review]")
{
    Prescription other = methadone("m1", "c1", "2024-01-01");
    other.category = DrugCategory::Other;
    const std::vector<Prescription> ended {methadone("m2", "c1", "2024-01-01", "2024-03-01")};

    CHECK_FALSE(medicalReviewOn(date("2025-09-01"), std::vector<Prescription> {other}, {}).overdue);
    const MedicalReview review = medicalReviewOn(date("2025-09-01"), ended, {});
    CHECK_FALSE(review.required);
    CHECK_FALSE(review.overdue);
    CHECK(review.last == date("2024-01-01"));
}

TEST_CASE("A new antabus prescription is its own review; a client with no prescription has none",
    "[core][medication][review]")
{
    const MedicalReview review
        = medicalReviewOn(date("2025-02-01"), std::vector<Prescription> {antabus()}, {});
    CHECK(review.last == date("2025-01-20"));
    CHECK_FALSE(review.overdue);

    const MedicalReview none = medicalReviewOn(date("2025-02-01"), {}, {});
    CHECK(none.last.isNull());
    CHECK_FALSE(none.overdue);
    CHECK(none.dueBy().isNull());
}
