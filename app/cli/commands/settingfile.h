#pragma once

// What the settings commands (get, set, fmt) share: reading a settings file into a
// SettingDocument with a clear error, resolving the paths people type, and saving in place
// atomically.

#include <QString>
#include <QStringList>
#include <optional>

#include "models/core/diagnostic.h"
#include "models/json/jsonpath.h"
#include "models/setting/settingdocument.h"

namespace autoscale::cli {

// Reads and parses `path`. On failure prints `FILE:LINE:COLUMN: error: …` (or the I/O
// error) to stderr and returns nullopt; the caller exits with ExitUsage.
std::optional<models::SettingDocument> loadSettingFile(const QString& path);

// Replaces the file's content in one step (QSaveFile); prints the error and returns false
// when it cannot.
bool saveSettingFile(const QString& path, const std::string& text);

// `FILE:LINE:COLUMN: error: message (path)` and an indented hint line.
QString formatDiagnostic(const QString& file, const models::Diagnostic& diagnostic);

// A path as typed: `$…` is a file path; the short form (`properties.profiles[0]`) is read
// relative to setting `settingIndex`, falling back to the file's root when the setting has
// no such value. Prints the error and returns nullopt when `text` is not a path.
std::optional<models::JsonPath> resolveUserPath(const models::SettingDocument& document,
                                                const QString& text, std::size_t settingIndex);

// Takes `--setting N` out of `args`; prints the error and returns nullopt when N is bad.
std::optional<std::size_t> takeSettingOption(QStringList& args);

// Takes a flag such as `--force` out of `args`; true when it was there.
bool takeFlag(QStringList& args, const QString& flag);

}  // namespace autoscale::cli
