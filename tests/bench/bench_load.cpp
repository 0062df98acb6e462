// Loading settings documents: the createOrUpdate example's response body (one full setting
// with two profiles, four rules and a notification) through each stage of SettingDocument.
// Run: build/dev/bin/bench_load --benchmark_format=json
#include <benchmark/benchmark.h>

#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "models/json/jsonsource.h"
#include "models/setting/fieldtypes.h"
#include "models/setting/settingdocument.h"

namespace {

using autoscale::models::JsonPath;
using autoscale::models::SettingDocument;

std::string readExample(const char* name) {
  QFile file(QStringLiteral(AUTOSCALE_SHARED_DIR "/reference/azure/2022-10-01/examples/") +
             QLatin1String(name));
  if (!file.open(QIODevice::ReadOnly)) {
    std::fprintf(stderr, "cannot read the example %s\n", name);
    std::exit(2);
  }
  const QByteArray bytes = file.readAll();
  return std::string(bytes.constData(), std::size_t(bytes.size()));
}

// The 200 response body of createOrUpdate, as its own document (a resource file).
const std::string& createOrUpdateBody() {
  static const std::string body = [] {
    const auto loaded = SettingDocument::load(readExample("createOrUpdateAutoscaleSetting.json"));
    return std::string(loaded.document->sourceText(*JsonPath::parse("$.responses['200'].body")));
  }();
  return body;
}

void countDocuments(benchmark::State& state, std::size_t bytes) {
  state.counters["documents_per_second"] =
      benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(bytes));
}

void BM_ParseWithSpans(benchmark::State& state) {
  const std::string& text = createOrUpdateBody();
  for (auto _ : state) {
    auto parsed = autoscale::models::parseJsonSource(text);
    benchmark::DoNotOptimize(parsed);
  }
  countDocuments(state, text.size());
}
BENCHMARK(BM_ParseWithSpans);

// For comparison: nlohmann's own parser, without spans.
void BM_NlohmannParse(benchmark::State& state) {
  const std::string& text = createOrUpdateBody();
  for (auto _ : state) {
    auto parsed = nlohmann::ordered_json::parse(text, nullptr, false);
    benchmark::DoNotOptimize(parsed);
  }
  countDocuments(state, text.size());
}
BENCHMARK(BM_NlohmannParse);

void BM_Load(benchmark::State& state) {
  const std::string& text = createOrUpdateBody();
  for (auto _ : state) {
    auto loaded = SettingDocument::load(text);
    benchmark::DoNotOptimize(loaded);
  }
  countDocuments(state, text.size());
}
BENCHMARK(BM_Load);

void BM_LoadAndReadTyped(benchmark::State& state) {
  const std::string& text = createOrUpdateBody();
  for (auto _ : state) {
    auto loaded = SettingDocument::load(text);
    auto setting = loaded.document->setting(0);
    benchmark::DoNotOptimize(setting);
  }
  countDocuments(state, text.size());
}
BENCHMARK(BM_LoadAndReadTyped);

void BM_LoadAndCheckFieldTypes(benchmark::State& state) {
  const std::string& text = createOrUpdateBody();
  for (auto _ : state) {
    auto loaded = SettingDocument::load(text);
    auto problems = autoscale::models::checkFieldTypes(*loaded.document);
    benchmark::DoNotOptimize(problems);
  }
  countDocuments(state, text.size());
}
BENCHMARK(BM_LoadAndCheckFieldTypes);

void BM_SetOneValue(benchmark::State& state) {
  const SettingDocument document = *SettingDocument::load(createOrUpdateBody()).document;
  const JsonPath path = *JsonPath::parse("$.properties.profiles[1].capacity.maximum");
  for (auto _ : state) {
    SettingDocument edited = document;
    auto status = edited.setValue(path, "7");
    benchmark::DoNotOptimize(status);
  }
  countDocuments(state, createOrUpdateBody().size());
}
BENCHMARK(BM_SetOneValue);

void BM_CanonicalText(benchmark::State& state) {
  const SettingDocument document = *SettingDocument::load(createOrUpdateBody()).document;
  for (auto _ : state) {
    auto text = document.canonicalText();
    benchmark::DoNotOptimize(text);
  }
  countDocuments(state, createOrUpdateBody().size());
}
BENCHMARK(BM_CanonicalText);

}  // namespace

BENCHMARK_MAIN();
