#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QSpinBox>
#include <QTableView>

#include "core/domain/clock.h"
#include "core/services/assessmentservice.h"
#include "recordtestdata.h"
#include "ui/charts/assessmentchart.h"
#include "ui/dialogs/assessmentdialog.h"
#include "ui/models/assessmenttablemodel.h"
#include "ui/widgets/record/assessmentstab.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

TEST_CASE("The assessment table passes QAbstractItemModelTester and marks areas not asked",
    "[ui][assessments]")
{
    ui::AssessmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::Assessment a;
    a.id = QStringLiteral("a1");
    a.course = QStringLiteral("k1");
    a.date = QDate(2025, 1, 17);
    a.setArea(core::LifeArea::Alcohol, 3);
    a.qualityOfLife = 9;
    model.setAssessments({a});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ui::AssessmentTableModel::DateColumn).data().toString()
        == QStringLiteral("17-01-2025"));
    CHECK(model.index(0, ui::AssessmentTableModel::AlcoholColumn).data().toString()
        == QStringLiteral("3"));
    CHECK(model.index(0, ui::AssessmentTableModel::CrimeColumn).data().toString()
        == QStringLiteral("–"));
    CHECK(model.index(0, ui::AssessmentTableModel::CrimeColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("not asked")));
    CHECK(model.index(0, ui::AssessmentTableModel::QualityOfLifeColumn).data().toString()
        == QStringLiteral("9"));
    model.setAssessments({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE(
    "An assessment recorded in the dialog appears in the table and the chart", "[ui][assessments]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto course = test::addCourse(data, client.id, today.addMonths(-3));
    ui::AssessmentsTab tab(data.services(), data.therapist);
    tab.show();
    tab.setClient(client, data.courses.forClient(data.therapist, client.id), today);
    CHECK(tab.model()->rowCount() == 0);

    auto *record = tab.findChild<QAction *>(QStringLiteral("newAssessmentAction"));
    REQUIRE(record);
    const bool seen = withModal<ui::AssessmentDialog>([&] { record->trigger(); },
        [](ui::AssessmentDialog *dialog) {
            CHECK(dialog->typeCombo()->currentIndex() == int(core::AssessmentType::Intake));
            // "not asked" is the explicit first choice of every area.
            CHECK(dialog->areaCombo(core::LifeArea::Crime)->currentText()
                == QStringLiteral("not asked"));
            dialog->areaCombo(core::LifeArea::Alcohol)->setCurrentIndex(4); // 3
            dialog->areaCombo(core::LifeArea::MentalHealth)->setCurrentIndex(3); // 2
            dialog->qualityOfLifeSpin()->setValue(8);
            dialog->drinksSpin()->setValue(35);
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        });
    REQUIRE(seen);

    const auto stored = data.set.assessments.forCourse(data.therapist, course.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].area(core::LifeArea::Alcohol) == 3);
    CHECK_FALSE(stored[0].area(core::LifeArea::Crime).has_value());
    CHECK(stored[0].qualityOfLife == 8);
    CHECK_FALSE(stored[0].daysUsedLast28.has_value());
    CHECK(stored[0].drinksPerWeek == 35);

    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(tab.model()->index(0, ui::AssessmentTableModel::AlcoholColumn).data().toString()
        == QStringLiteral("3"));
    CHECK(tab.chart()->lineCount() == 2); // alcohol and mental health; the rest not asked
}
