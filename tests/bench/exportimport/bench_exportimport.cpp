// Speed of the exporters and of the az CLI import, on the walkthrough setting and on a
// setting at the service's limits (20 profiles of 10 rules).
//   build/dev/bin/bench_exportimport --benchmark_format=json
#include <benchmark/benchmark.h>

#include <QFile>
#include <nlohmann/json.hpp>

#include "backend/exporters/exporter.h"
#include "backend/importers/azcliimporter.h"

namespace {

using Json = nlohmann::ordered_json;
using autoscale::backend::ExportFormat;

Json walkthrough() {
  QFile file(QStringLiteral(AUTOSCALE_TEST_DATA_DIR "/golden/settings/walkthrough.json"));
  if (!file.open(QIODevice::ReadOnly)) return Json();
  return Json::parse(file.readAll().toStdString(), nullptr, false);
}

// 1 default profile and 19 fixed-date profiles, each with the walkthrough's rules repeated to 10.
Json largest() {
  Json setting = walkthrough();
  Json& profiles = setting["properties"]["profiles"];
  Json rules = Json::array();
  for (int i = 0; i < 10; ++i) rules.push_back(profiles[0]["rules"][static_cast<std::size_t>(i % 3)]);
  Json result = Json::array();
  Json first = profiles[0];
  first["rules"] = rules;
  result.push_back(first);
  for (int p = 1; p < 20; ++p) {
    Json profile = first;
    profile["name"] = "window-" + std::to_string(p);
    profile["fixedDate"] = Json{{"timeZone", "UTC-11"},
                                {"start", "2026-01-" + std::to_string(10 + p) + "T00:00:00+00:00"},
                                {"end", "2026-01-" + std::to_string(10 + p) + "T12:00:00+00:00"}};
    result.push_back(profile);
  }
  profiles = result;
  return setting;
}

void exportFormat(benchmark::State& state, const Json& setting) {
  const auto format = static_cast<ExportFormat>(state.range(0));
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto result = autoscale::backend::exportSetting(setting, format);
    bytes += result.ok() ? result->text.size() : 0;
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetLabel(autoscale::backend::exportFormatInfo(format).name);
}

void BM_ExportWalkthrough(benchmark::State& state) {
  static const Json setting = walkthrough();
  exportFormat(state, setting);
}
BENCHMARK(BM_ExportWalkthrough)->DenseRange(0, 4);

void BM_ExportLargest(benchmark::State& state) {
  static const Json setting = largest();
  exportFormat(state, setting);
}
BENCHMARK(BM_ExportLargest)->DenseRange(0, 4);

void importScript(benchmark::State& state, const Json& setting) {
  const auto script = autoscale::backend::exportSetting(setting, ExportFormat::AzCli);
  for (auto _ : state) {
    auto imported = autoscale::backend::importAzCliScript(script->text);
    benchmark::DoNotOptimize(imported);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * script->text.size()));
}

void BM_ImportWalkthroughScript(benchmark::State& state) { importScript(state, walkthrough()); }
BENCHMARK(BM_ImportWalkthroughScript);

void BM_ImportLargestScript(benchmark::State& state) { importScript(state, largest()); }
BENCHMARK(BM_ImportLargestScript);

}  // namespace

BENCHMARK_MAIN();
