// Start-up of the real studio: from process start to the first paint of the main window with
// the walkthrough sample open, and its resident memory at that moment. Each iteration starts
// `autoscale-studio --quit-after-start` on the offscreen platform; the studio measures from
// the top of main() to the end of its first paint and reads VmRSS from /proc, and this program
// also times the whole process from spawn to the printed line (which includes loading the
// program and its shared libraries).
//
//   build/dev/bin/bench_startup --benchmark_format=json --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include <QProcess>
#include <QTemporaryDir>
#include <chrono>

namespace {

const QString kStudio = QStringLiteral(AUTOSCALE_BIN_DIR "/autoscale-studio");
const QString kSample =
    QStringLiteral(AUTOSCALE_SOURCE_DIR "/resources/samples/azureml-walkthrough.json");

struct StartSample {
  double spawnToPaintMs = -1;
  double inProcessMs = -1;
  double rssMiB = -1;
};

StartSample startOnce(const QString& dataDir) {
  QProcess studio;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  studio.setProcessEnvironment(env);
  const auto begin = std::chrono::steady_clock::now();
  studio.start(kStudio, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--no-samples"),
                         QStringLiteral("--quit-after-start"), kSample});
  StartSample sample;
  QByteArray output;
  while (studio.waitForReadyRead(30000)) {
    output += studio.readAllStandardOutput();
    if (output.contains("rss-kib")) break;
  }
  sample.spawnToPaintMs =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
  studio.waitForFinished(30000);
  output += studio.readAllStandardOutput();
  for (const QByteArray& line : output.split('\n')) {
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 2) continue;
    if (parts[0] == "first-paint-ms") sample.inProcessMs = parts[1].toDouble();
    if (parts[0] == "rss-kib") sample.rssMiB = parts[1].toDouble() / 1024.0;
  }
  return sample;
}

void BM_StudioStartToFirstPaint(benchmark::State& state) {
  QTemporaryDir data;
  double inProcess = 0;
  double rss = 0;
  double spawn = 0;
  int runs = 0;
  for (auto _ : state) {
    const StartSample sample = startOnce(data.path());
    if (sample.inProcessMs < 0) {
      state.SkipWithError("the studio did not report its first paint");
      return;
    }
    state.SetIterationTime(sample.spawnToPaintMs / 1000.0);
    spawn += sample.spawnToPaintMs;
    inProcess += sample.inProcessMs;
    rss += sample.rssMiB;
    ++runs;
  }
  state.counters["spawn_to_paint_ms"] = spawn / runs;
  state.counters["main_to_paint_ms"] = inProcess / runs;
  state.counters["rss_mib"] = rss / runs;
}

}  // namespace

BENCHMARK(BM_StudioStartToFirstPaint)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

BENCHMARK_MAIN();
