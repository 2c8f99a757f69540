#pragma once

#include "core/services/actor.h"
#include "core/services/feedbackservice.h"
#include "recorddialog.h"

namespace mestring::ui {

class FitScaleEditor;

/// Which session a FIT rating is about: an appointment, or a group session and the member's
/// course.
struct FitSessionKey
{
    QString appointmentId;
    QString sessionId;
    QString courseId;
};

/// Enters (or corrects) the client's ORS and SRS of one session: the ORS at the start, the SRS
/// at the end, either alone or both. Built for the keyboard: the cursor starts in the ORS's
/// first number (or the SRS's when the ORS is given), Tab goes from number to number, Enter
/// saves. The totals and what they mean show while typing.
class FitDialog : public RecordDialog
{
    Q_OBJECT

public:
    FitDialog(core::FeedbackService &feedback, core::Actor actor, FitSessionKey key,
        const QString &sessionText, QWidget *parent = nullptr);

    FitScaleEditor *orsEditor() const { return m_ors; }
    FitScaleEditor *srsEditor() const { return m_srs; }
    /// The session's totals as stored (after a save: as saved).
    core::FitTotals totals() const;

protected:
    bool save() override;

private:
    bool checkEditor(FitScaleEditor *editor, core::RuleIssues &issues) const;
    void saveScale(FitScaleEditor *editor, std::optional<core::FitRating> &stored);

    core::FeedbackService &m_feedback;
    core::Actor m_actor;
    FitSessionKey m_key;
    core::FitSessionRatings m_stored;
    FitScaleEditor *m_ors;
    FitScaleEditor *m_srs;
};

} // namespace mestring::ui
