#pragma once

// New keys follow the case style of the object they join: a PascalCase file gets
// `Threshold`, a camelCase file `threshold`. Only the schema's own key names are adapted;
// user keys (tags, webhook properties, template parameters) are written as given.

#include <nlohmann/json.hpp>
#include <string>

namespace autoscale::models {

// `key` respelled for insertion into `object`.
std::string adaptKeyCase(const std::string& key, const nlohmann::ordered_json& object);

// `value` with its schema keys capitalised throughout when `destination` (the object or
// array it joins) writes PascalCase keys; otherwise `value` unchanged. camelCase files need
// no change: the model writes camelCase (and the PascalCase keys the API itself uses in
// dimensions).
nlohmann::ordered_json adaptValueKeys(const nlohmann::ordered_json& value,
                                      const nlohmann::ordered_json& destination);

// Whether `key` (any case) is a key of the autoscale settings schema.
bool isSchemaKey(std::string_view key);

}  // namespace autoscale::models
