#include "commandtable.h"

#include <algorithm>

namespace autoscale::cli {
namespace {

std::vector<Command>& registry() {
  static std::vector<Command> all;
  return all;
}

}  // namespace

CommandRegistration::CommandRegistration(Command command) { registry().push_back(command); }

std::vector<Command> commands() {
  std::vector<Command> sorted = registry();
  std::sort(sorted.begin(), sorted.end(),
            [](const Command& a, const Command& b) { return a.order < b.order; });
  return sorted;
}

const Command* findCommand(const QString& name) {
  for (const Command& command : registry()) {
    if (name == QLatin1String(command.name)) return &command;
  }
  return nullptr;
}

}  // namespace autoscale::cli
