#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace autoscale::cli {

// One sub-command. `run` receives the arguments after the command name and returns the
// process exit code (see ExitCode in cliio.h).
struct Command {
  const char* name;
  const char* summary;
  int order;  // position in `autoscale --help`
  int (*run)(const QStringList& args);
};

// Each command file registers itself with a file-scope CommandRegistration, so that adding a
// command touches no shared list.
struct CommandRegistration {
  explicit CommandRegistration(Command command);
};

std::vector<Command> commands();  // sorted by `order`
const Command* findCommand(const QString& name);

}  // namespace autoscale::cli
