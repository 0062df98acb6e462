// Load + validate speed on the request body of the official createOrUpdate example: the
// whole path a file takes through `autoscale validate` (parse with source spans, find the
// settings, schema checks, typed lint, line and column of every diagnostic). One thread.
//
//   build/dev/bin/bench_validate --benchmark_format=json
// items_per_second of BM_LoadAndValidate is documents per second.
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "models/setting/settingdocument.h"
#include "models/validation/validator.h"

namespace {

using namespace autoscale::models;

// The request body as a user would save it: `parameters.parameters`, 2-space indented.
std::string createOrUpdateBody() {
  std::ifstream in(AUTOSCALE_SHARED_DIR
                   "/reference/azure/2022-10-01/examples/createOrUpdateAutoscaleSetting.json");
  std::stringstream text;
  text << in.rdbuf();
  const auto example = nlohmann::ordered_json::parse(text.str(), nullptr, false);
  if (!example.is_object() || !example.contains("parameters")) return {};
  return example["parameters"]["parameters"].dump(2) + "\n";
}

void BM_LoadAndValidate(benchmark::State& state) {
  const std::string body = createOrUpdateBody();
  if (body.empty()) {
    state.SkipWithError("the createOrUpdate example is missing");
    return;
  }
  std::size_t diagnostics = 0;
  for (auto _ : state) {
    const Diagnostics result = validateText(body);
    diagnostics = result.size();
    benchmark::DoNotOptimize(result.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(body.size()));
  state.counters["diagnostics"] = static_cast<double>(diagnostics);
}
BENCHMARK(BM_LoadAndValidate);

// The parts: loading alone, and validating an already loaded document.
void BM_Load(benchmark::State& state) {
  const std::string body = createOrUpdateBody();
  for (auto _ : state) {
    auto loaded = SettingDocument::load(body);
    benchmark::DoNotOptimize(loaded.document);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Load);

void BM_ValidateLoaded(benchmark::State& state) {
  const auto loaded = SettingDocument::load(createOrUpdateBody());
  if (!loaded.document) {
    state.SkipWithError("the createOrUpdate example does not load");
    return;
  }
  for (auto _ : state) {
    const Diagnostics result = validate(*loaded.document);
    benchmark::DoNotOptimize(result.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ValidateLoaded);

}  // namespace

BENCHMARK_MAIN();
