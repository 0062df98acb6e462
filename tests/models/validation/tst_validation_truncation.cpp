// A settings file cut at every byte offset is reported, never a crash or an exception.
#include <QFileInfo>
#include <QTest>

#include "../testfiles.h"
#include "models/validation/validator.h"

using namespace autoscale::models;

class TestValidationTruncation final : public QObject {
  Q_OBJECT

 private slots:
  void everyPrefixOfEveryExampleIsASyntaxError_data() {
    QTest::addColumn<QString>("file");
    for (const QString& file : referenceExampleFiles()) {
      QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
  }
  void everyPrefixOfEveryExampleIsASyntaxError() {
    QFETCH(QString, file);
    const std::string text = readFileBytes(file);
    QVERIFY(!text.empty());
    // The whole file is valid JSON; every prefix that ends before its last bracket is not.
    const std::size_t lastBracket = text.find_last_of('}');
    const Diagnostics whole = validateText(text);
    for (std::size_t length = 0; length < text.size(); ++length) {
      const Diagnostics diagnostics = validateText(std::string_view(text).substr(0, length));
      if (length <= lastBracket) {
        QCOMPARE(diagnostics.size(), std::size_t{1});
        QCOMPARE(diagnostics.front().code, std::string("AS0001"));
        QVERIFY(diagnostics.front().location.line >= 1);
      } else {  // only trailing whitespace is missing
        QCOMPARE(diagnostics.size(), whole.size());
      }
    }
  }
};

QTEST_GUILESS_MAIN(TestValidationTruncation)
#include "tst_validation_truncation.moc"
