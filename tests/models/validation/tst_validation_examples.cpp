// Every autoscale setting in the official API examples must validate with no error.
#include <QTest>

#include "examplesettings.h"
#include "models/validation/validator.h"

using namespace autoscale::models;

namespace {

QString describe(const Diagnostics& diagnostics) {
  QString text;
  for (const auto& d : diagnostics) {
    text += QStringLiteral("%1[%2] %3: %4\n")
                .arg(QLatin1String(severityName(d.severity)), QString::fromStdString(d.code),
                     QString::fromStdString(d.jsonPath), QString::fromStdString(d.message));
  }
  return text;
}

}  // namespace

class TestValidationExamples final : public QObject {
  Q_OBJECT

 private slots:
  void allSevenExamplesArePresent() {
    QCOMPARE(QDir(referenceExamplesDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size(),
             7);
    // 8 settings: createOrUpdate request + 200 + 201, get, two lists, patch request + 200.
    QCOMPARE(exampleSettings().size(), std::size_t{8});
  }

  void everyExampleSettingValidatesWithoutError_data() {
    QTest::addColumn<QByteArray>("text");
    for (const auto& setting : exampleSettings()) {
      QTest::newRow(qPrintable(setting.name)) << QByteArray::fromStdString(setting.text);
    }
  }
  void everyExampleSettingValidatesWithoutError() {
    QFETCH(QByteArray, text);
    const Diagnostics diagnostics = validateText(text.toStdString());
    QVERIFY2(!hasErrors(diagnostics), qPrintable(describe(diagnostics)));
    // The examples' known oddities are reported as warnings, not passed over in silence.
    const auto has = [&](const char* code) {
      return std::any_of(diagnostics.begin(), diagnostics.end(),
                         [code](const Diagnostic& d) { return d.code == code; });
    };
    QVERIFY2(has("AS2041"), "the numeric day \"1\" is flagged");
    QVERIFY2(has("AS3008"), "the http webhook is flagged");
  }
};

QTEST_GUILESS_MAIN(TestValidationExamples)
#include "tst_validation_examples.moc"
