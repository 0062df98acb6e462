#pragma once

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QWidget>

// Gestures on named child widgets, the way a user makes them.
template <typename T>
T* child(QWidget* parent, const char* name) {
  T* widget = parent->findChild<T*>(QLatin1String(name));
  if (!widget) qWarning("no child widget named %s", name);
  return widget;
}

inline void click(QAbstractButton* button) {
  QVERIFY(button);
  QVERIFY2(button->isVisible(), qPrintable(button->objectName() + QStringLiteral(" is hidden")));
  QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + QStringLiteral(" is disabled")));
  QTest::mouseClick(button, Qt::LeftButton);
}

// Selects the field's text and types `text` over it, then presses Return.
inline void typeInto(QLineEdit* edit, const QString& text) {
  QVERIFY(edit);
  edit->setFocus();
  edit->selectAll();
  QTest::keyClicks(edit, text);
  QTest::keyClick(edit, Qt::Key_Return);
}

// Spin boxes take the value as it is typed; Return is left out so that a dialog's default
// button is not pressed by it.
inline void typeInto(QAbstractSpinBox* spin, const QString& text) {
  QVERIFY(spin);
  spin->setFocus();
  spin->selectAll();
  QTest::keyClicks(spin, text);
}
