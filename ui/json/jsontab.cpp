#include "ui/json/jsontab.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include "models/setting/settingdocument.h"
#include "ui/document/editordocument.h"

namespace autoscale::ui {
namespace {

// Checking re-parses the whole text; wait for a pause in typing.
constexpr int kCheckDelayMs = 200;

}  // namespace

JsonTab::JsonTab(EditorDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document) {
  setObjectName(QStringLiteral("jsonTab"));
  m_editor = new QPlainTextEdit;
  m_editor->setObjectName(QStringLiteral("jsonEditor"));
  m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
  m_editor->setTabChangesFocus(false);
  m_status = new QLabel;
  m_status->setObjectName(QStringLiteral("jsonStatusLabel"));
  m_status->setWordWrap(true);
  m_apply = new QPushButton(tr("Apply"));
  m_apply->setObjectName(QStringLiteral("applyJsonButton"));
  m_apply->setToolTip(tr("Replace the document with this text (one undoable edit)."));
  m_revert = new QPushButton(tr("Revert"));
  m_revert->setObjectName(QStringLiteral("revertJsonButton"));
  m_revert->setToolTip(tr("Throw away the changes made here."));

  auto* bar = new QHBoxLayout;
  bar->addWidget(m_status, 1);
  bar->addWidget(m_revert);
  bar->addWidget(m_apply);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_editor);
  layout->addLayout(bar);

  m_checkTimer.setSingleShot(true);
  m_checkTimer.setInterval(kCheckDelayMs);
  connect(&m_checkTimer, &QTimer::timeout, this, &JsonTab::check);
  connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_checkTimer.start(); });
  connect(m_apply, &QPushButton::clicked, this, &JsonTab::apply);
  connect(m_revert, &QPushButton::clicked, this, &JsonTab::revert);
  connect(&m_document, &EditorDocument::changed, this, &JsonTab::documentChanged);
  documentChanged();
  check();
}

bool JsonTab::canApply() const {
  return m_valid && m_editor->toPlainText() != QString::fromUtf8(m_document.bytes());
}

void JsonTab::documentChanged() {
  const QString text = QString::fromUtf8(m_document.bytes());
  // Never overwrite what the user is typing here; they can Revert to see the new state.
  const bool untouched = m_editor->toPlainText() == m_shownText;
  m_shownText = text;
  if (untouched && m_editor->toPlainText() != text) {
    const QSignalBlocker blocker(m_editor);
    m_editor->setPlainText(text);
  }
  check();
}

void JsonTab::check() {
  m_checkTimer.stop();
  const QString text = m_editor->toPlainText();
  const auto loaded = models::SettingDocument::load(text.toStdString());
  QList<QTextEdit::ExtraSelection> marks;
  if (loaded.syntaxError) {
    m_valid = false;
    const auto& error = *loaded.syntaxError;
    m_status->setText(tr("Line %1, column %2: %3")
                          .arg(error.location.line)
                          .arg(error.location.column)
                          .arg(QString::fromStdString(error.message)));
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    const QTextBlock block = m_editor->document()->findBlockByNumber(error.location.line - 1);
    if (block.isValid()) {
      QTextEdit::ExtraSelection mark;
      mark.format.setBackground(QColor(255, 220, 220));
      mark.format.setProperty(QTextFormat::FullWidthSelection, true);
      mark.cursor = QTextCursor(block);
      marks << mark;
    }
  } else {
    m_valid = true;
    const bool holdsSetting = loaded.document && !loaded.document->settings().empty();
    const bool changed = text != QString::fromUtf8(m_document.bytes());
    m_status->setStyleSheet(holdsSetting ? QString() : QStringLiteral("color: #8a5300;"));
    if (!holdsSetting) {
      m_status->setText(tr("Valid JSON, but it holds no autoscale setting."));
    } else {
      m_status->setText(changed ? tr("Valid JSON. Apply to use it.") : tr("Valid JSON."));
    }
  }
  m_editor->setExtraSelections(marks);
  m_apply->setEnabled(canApply());
  m_revert->setEnabled(m_editor->toPlainText() != QString::fromUtf8(m_document.bytes()));
}

void JsonTab::apply() {
  check();
  if (!canApply()) return;
  const auto status =
      m_document.replaceText(m_editor->toPlainText().toStdString(), tr("Edit JSON"));
  m_document.report(status);
  check();
}

void JsonTab::revert() {
  m_shownText = QString::fromUtf8(m_document.bytes());
  {
    const QSignalBlocker blocker(m_editor);
    m_editor->setPlainText(m_shownText);
  }
  check();
}

void JsonTab::goTo(int line, int column) {
  const QTextBlock block = m_editor->document()->findBlockByNumber(std::max(0, line - 1));
  if (!block.isValid()) return;
  QTextCursor cursor(block);
  cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                      std::clamp(column - 1, 0, block.length() - 1));
  m_editor->setTextCursor(cursor);
  m_editor->centerCursor();
  m_editor->setFocus();
}

}  // namespace autoscale::ui
