#pragma once

#include <QString>
#include <QStringList>
#include <span>

namespace autoscale::cli {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const QStringList& args);
};

std::span<const Command> commands();
const Command* findCommand(const QString& name);

}  // namespace autoscale::cli
