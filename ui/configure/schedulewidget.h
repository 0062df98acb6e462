#pragma once

#include <QWidget>
#include <array>

#include "ui/document/conditioncards.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QRadioButton;
class QTimeEdit;
class QWidget;

namespace autoscale::ui {

class EditorDocument;

// The schedule of a non-default condition: "Specify start/end dates" (time zone, start, end)
// or "Repeat specific days" (weekdays, time zone, start time, end time).
class ScheduleWidget final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ScheduleWidget)

 public:
  ScheduleWidget(EditorDocument& document, QWidget* parent = nullptr);

  void setCard(const ConditionCard& card);

 private:
  void commit();
  void updateVisibility();

  EditorDocument& m_document;
  ConditionCard m_card;
  QRadioButton* m_fixed = nullptr;
  QRadioButton* m_weekly = nullptr;
  QComboBox* m_timeZone = nullptr;
  QWidget* m_fixedBox = nullptr;
  QDateTimeEdit* m_start = nullptr;
  QDateTimeEdit* m_end = nullptr;
  QWidget* m_weeklyBox = nullptr;
  std::array<QCheckBox*, 7> m_days{};
  QTimeEdit* m_startTime = nullptr;
  QCheckBox* m_hasEnd = nullptr;
  QTimeEdit* m_endTime = nullptr;
};

}  // namespace autoscale::ui
