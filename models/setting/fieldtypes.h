#pragma once

// The JSON types the autoscale schema gives its fields, for edits that must keep them
// (`capacity.maximum` stays a string even when typed as 3) and for refusing edits that
// would break them.

#include <optional>

#include "models/core/diagnostic.h"
#include "models/json/jsonpath.h"
#include "models/setting/settingdocument.h"

namespace autoscale::models {

enum class JsonFieldType {
  Object,
  Array,
  String,         // free text, durations, enum names, time stamps
  IntegerString,  // an integer written as a string: capacity counts, scaleAction.value
  Number,
  Integer,
  Boolean,
};

const char* toString(JsonFieldType type);

// The type of the value at `path` (a file path inside one of the document's settings), or
// nullopt where the schema says nothing (unknown keys, tags, webhook properties).
std::optional<JsonFieldType> schemaFieldType(const SettingDocument& document, const JsonPath& path);

// Known fields whose JSON type is wrong: code AS0010, severity Error, with path and line.
// ARM template expressions (`[parameters('x')]`) are accepted in every scalar slot, and
// `null` where a response echoes it for an unset optional field.
Diagnostics checkFieldTypes(const SettingDocument& document);

}  // namespace autoscale::models
