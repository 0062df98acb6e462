// The exports parse in their own languages: the Python export with Python's parser, the az CLI
// script with bash -n, the Terraform export with `terraform fmt -check` (which also checks
// that the layout is terraform's own), when those tools are on the machine.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/exporters/exporter.h"
#include "settingsamples.h"

using autoscale::backend::ExportFormat;
using autoscale::backend::exportSetting;

namespace {

struct Run {
  int exitCode = -1;
  QString output;
};

Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {}) {
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(program, arguments);
  Run result;
  if (!process.waitForStarted(30000)) return result;
  process.write(input);
  process.closeWriteChannel();
  if (!process.waitForFinished(60000)) {
    process.kill();
    process.waitForFinished(5000);
    return result;
  }
  result.exitCode = process.exitCode();
  result.output = QString::fromUtf8(process.readAll());
  return result;
}

QByteArray exported(int sampleIndex, ExportFormat format) {
  const auto sample = samples::settingSamples()[static_cast<std::size_t>(sampleIndex)];
  const auto result = exportSetting(sample.resource, format);
  return result.ok() ? QByteArray::fromStdString(result->text) : QByteArray();
}

QString tool(const char* name) {
  return QStandardPaths::findExecutable(QLatin1String(name));
}

}  // namespace

class TestExportSyntax final : public QObject {
  Q_OBJECT

 private slots:
  void samples_data() {
    QTest::addColumn<int>("sampleIndex");
    const auto all = samples::settingSamples();
    for (std::size_t i = 0; i < all.size(); ++i)
      QTest::newRow(all[i].name.c_str()) << static_cast<int>(i);
  }

  void pythonParses_data() { samples_data(); }
  void pythonParses() {
    QFETCH(int, sampleIndex);
    const QString python = tool("python3");
    if (python.isEmpty()) QSKIP("python3 is not installed");
    const QByteArray source = exported(sampleIndex, ExportFormat::Python);
    QVERIFY(!source.isEmpty());
    const auto result =
        run(python,
            {QStringLiteral("-c"), QStringLiteral("import ast, sys; ast.parse(sys.stdin.read())")},
            source);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
  }

  void bashParses_data() { samples_data(); }
  void bashParses() {
    QFETCH(int, sampleIndex);
    const QString bash = tool("bash");
    if (bash.isEmpty()) QSKIP("bash is not installed");
    const QByteArray script = exported(sampleIndex, ExportFormat::AzCli);
    QVERIFY(!script.isEmpty());
    const auto result = run(bash, {QStringLiteral("-n")}, script);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
  }

  void terraformFormatted_data() { samples_data(); }
  void terraformFormatted() {
    QFETCH(int, sampleIndex);
    const QString terraform = tool("terraform");
    if (terraform.isEmpty()) QSKIP("terraform is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("main.tf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exported(sampleIndex, ExportFormat::Terraform));
    file.close();
    const auto result = run(terraform, {QStringLiteral("fmt"), QStringLiteral("-check"),
                                        QStringLiteral("-diff"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
  }
};

QTEST_GUILESS_MAIN(TestExportSyntax)
#include "tst_exportsyntax.moc"
