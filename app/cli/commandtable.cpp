#include "commandtable.h"

#include <array>

#include "commands/commands.h"

namespace autoscale::cli {
namespace {

// Keep in the order `autoscale --help` shows them.
constexpr std::array<Command, 0> kCommands{{
}};

}  // namespace

std::span<const Command> commands() { return kCommands; }

const Command* findCommand(const QString& name) {
  for (const Command& command : kCommands) {
    if (name == QLatin1String(command.name)) return &command;
  }
  return nullptr;
}

}  // namespace autoscale::cli
