#include "ui/configure/schedulewidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QTimeEdit>

#include "models/time/timezones.h"
#include "ui/document/editordocument.h"
#include "ui/document/settingedits.h"

namespace autoscale::ui {
namespace {

// The API's day names, in the portal's order (Monday first).
const char* const kDayNames[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                  "Friday", "Saturday", "Sunday"};
const char* const kDayLabels[7] = {QT_TRANSLATE_NOOP("ScheduleWidget", "Monday"),
                                   QT_TRANSLATE_NOOP("ScheduleWidget", "Tuesday"),
                                   QT_TRANSLATE_NOOP("ScheduleWidget", "Wednesday"),
                                   QT_TRANSLATE_NOOP("ScheduleWidget", "Thursday"),
                                   QT_TRANSLATE_NOOP("ScheduleWidget", "Friday"),
                                   QT_TRANSLATE_NOOP("ScheduleWidget", "Saturday"),
                                   QT_TRANSLATE_NOOP("ScheduleWidget", "Sunday")};

const QString kDateFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

// Files write "2026-12-24T00:00:00", "…Z" or "…+00:00"; the editor shows the wall clock.
QDateTime parseLocal(const std::string& text) {
  QString value = QString::fromStdString(text);
  if (value.size() >= 19) value = value.left(19);
  return QDateTime::fromString(value, kDateFormat);
}

}  // namespace

ScheduleWidget::ScheduleWidget(EditorDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document) {
  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);

  m_fixed = new QRadioButton(tr("Specify start/end dates"));
  m_fixed->setObjectName(QStringLiteral("fixedDatesRadio"));
  m_weekly = new QRadioButton(tr("Repeat specific days"));
  m_weekly->setObjectName(QStringLiteral("repeatDaysRadio"));
  auto* kinds = new QButtonGroup(this);
  kinds->addButton(m_fixed);
  kinds->addButton(m_weekly);
  auto* kindRow = new QHBoxLayout;
  kindRow->addWidget(m_fixed);
  kindRow->addWidget(m_weekly);
  kindRow->addStretch();
  form->addRow(tr("Schedule"), kindRow);

  m_timeZone = new QComboBox;
  m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
  m_timeZone->setEditable(true);
  m_timeZone->setInsertPolicy(QComboBox::NoInsert);
  for (const auto& zone : models::knownWindowsTimeZones()) {
    m_timeZone->addItem(QString::fromStdString(zone));
  }
  form->addRow(tr("Timezone"), m_timeZone);

  m_fixedBox = new QWidget;
  auto* fixedForm = new QFormLayout(m_fixedBox);
  fixedForm->setContentsMargins(0, 0, 0, 0);
  m_start = new QDateTimeEdit;
  m_start->setObjectName(QStringLiteral("startDateEdit"));
  m_end = new QDateTimeEdit;
  m_end->setObjectName(QStringLiteral("endDateEdit"));
  for (QDateTimeEdit* edit : {m_start, m_end}) {
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
  }
  fixedForm->addRow(tr("Start date"), m_start);
  fixedForm->addRow(tr("End date"), m_end);
  form->addRow(m_fixedBox);

  m_weeklyBox = new QWidget;
  auto* weeklyForm = new QFormLayout(m_weeklyBox);
  weeklyForm->setContentsMargins(0, 0, 0, 0);
  auto* daysRow = new QHBoxLayout;
  for (int i = 0; i < 7; ++i) {
    m_days[static_cast<std::size_t>(i)] = new QCheckBox(tr(kDayLabels[i]).left(3));
    m_days[static_cast<std::size_t>(i)]->setToolTip(tr(kDayLabels[i]));
    m_days[static_cast<std::size_t>(i)]->setObjectName(QStringLiteral("day") +
                                                       QLatin1String(kDayNames[i]));
    daysRow->addWidget(m_days[static_cast<std::size_t>(i)]);
  }
  daysRow->addStretch();
  weeklyForm->addRow(tr("Repeat every"), daysRow);
  m_startTime = new QTimeEdit;
  m_startTime->setObjectName(QStringLiteral("startTimeEdit"));
  m_endTime = new QTimeEdit;
  m_endTime->setObjectName(QStringLiteral("endTimeEdit"));
  for (QTimeEdit* edit : {m_startTime, m_endTime}) edit->setDisplayFormat(QStringLiteral("HH:mm"));
  weeklyForm->addRow(tr("Start time"), m_startTime);
  m_hasEnd = new QCheckBox(tr("End time"));
  m_hasEnd->setObjectName(QStringLiteral("endTimeCheck"));
  m_hasEnd->setToolTip(
      tr("Written as an auto-created copy of the default condition that starts "
         "at this time, the way the portal does it."));
  weeklyForm->addRow(m_hasEnd, m_endTime);
  form->addRow(m_weeklyBox);

  connect(m_fixed, &QRadioButton::toggled, this, [this](bool on) {
    if (on) commit();
  });
  connect(m_weekly, &QRadioButton::toggled, this, [this](bool on) {
    if (on) commit();
  });
  connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] { commit(); });
  for (QDateTimeEdit* edit : {m_start, m_end}) {
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { commit(); });
  }
  for (QCheckBox* day : m_days) connect(day, &QCheckBox::toggled, this, [this] { commit(); });
  connect(m_startTime, &QTimeEdit::timeChanged, this, [this] { commit(); });
  connect(m_endTime, &QTimeEdit::timeChanged, this, [this] { commit(); });
  connect(m_hasEnd, &QCheckBox::toggled, this, [this] { commit(); });
}

void ScheduleWidget::setCard(const ConditionCard& card) {
  m_card = card;
  const auto& profile = m_document.setting().profiles.at(card.profileIndex);
  const QList<QWidget*> inputs{m_fixed, m_weekly,    m_timeZone, m_start,
                               m_end,   m_startTime, m_hasEnd,   m_endTime};
  std::vector<std::unique_ptr<QSignalBlocker>> blockers;
  for (QWidget* input : inputs) blockers.push_back(std::make_unique<QSignalBlocker>(input));
  for (QCheckBox* day : m_days) blockers.push_back(std::make_unique<QSignalBlocker>(day));

  if (profile.fixedDate) {
    m_fixed->setChecked(true);
    m_timeZone->setCurrentText(QString::fromStdString(profile.fixedDate->timeZone));
    m_start->setDateTime(parseLocal(profile.fixedDate->start));
    m_end->setDateTime(parseLocal(profile.fixedDate->end));
  } else if (const auto weekly = weeklyScheduleOf(m_document.setting(), card)) {
    m_weekly->setChecked(true);
    m_timeZone->setCurrentText(weekly->timeZone);
    for (int i = 0; i < 7; ++i) {
      const bool on = std::any_of(weekly->days.begin(), weekly->days.end(), [&](const QString& d) {
        return d.compare(QLatin1String(kDayNames[i]), Qt::CaseInsensitive) == 0;
      });
      m_days[static_cast<std::size_t>(i)]->setChecked(on);
    }
    m_startTime->setTime(QTime(weekly->start.hour, weekly->start.minute));
    m_hasEnd->setChecked(weekly->end.has_value());
    if (weekly->end) m_endTime->setTime(QTime(weekly->end->hour, weekly->end->minute));
  }
  updateVisibility();
}

void ScheduleWidget::updateVisibility() {
  m_fixedBox->setVisible(m_fixed->isChecked());
  m_weeklyBox->setVisible(m_weekly->isChecked());
  m_endTime->setEnabled(m_hasEnd->isChecked());
}

void ScheduleWidget::commit() {
  updateVisibility();
  if (m_fixed->isChecked()) {
    FixedDateSchedule schedule;
    schedule.timeZone = m_timeZone->currentText().trimmed();
    QDateTime start = m_start->dateTime();
    QDateTime end = m_end->dateTime();
    if (!start.isValid() || start.date().year() < 2000) {
      start = QDateTime(QDate::currentDate(), QTime(0, 0));
    }
    if (!end.isValid() || end <= start) end = start.addDays(1);
    schedule.start = start.toString(kDateFormat);
    schedule.end = end.toString(kDateFormat);
    m_document.report(SettingEditor(m_document).setFixedDate(m_card, schedule));
    return;
  }
  WeeklySchedule schedule;
  schedule.timeZone = m_timeZone->currentText().trimmed();
  for (int i = 0; i < 7; ++i) {
    if (m_days[static_cast<std::size_t>(i)]->isChecked()) {
      schedule.days << QLatin1String(kDayNames[i]);
    }
  }
  schedule.start = {m_startTime->time().hour(), m_startTime->time().minute()};
  if (m_hasEnd->isChecked()) {
    schedule.end = TimeOfDay{m_endTime->time().hour(), m_endTime->time().minute()};
  }
  m_document.report(SettingEditor(m_document).setWeekly(m_card, schedule));
}

}  // namespace autoscale::ui
