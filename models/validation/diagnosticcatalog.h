#pragma once

// Every diagnostic the validator can report, with its stable code, its severity, a one-line
// explanation and the usual fix. docs/diagnostics.md is generated from this table
// (`autoscale validate --list-codes --format markdown`) and a test keeps the two in step.

#include <span>
#include <string_view>

#include "models/core/diagnostic.h"

namespace autoscale::models {

// Codes are grouped: AS0xxx syntax, AS1xxx schema and types, AS2xxx limits and enum values,
// AS3xxx lint (legal settings that probably do not do what their author wants).
enum class DiagnosticCode {
  SyntaxError,                     // AS0001
  NoAutoscaleSetting,              // AS1001
  MissingProperty,                 // AS1002
  WrongType,                       // AS1003
  ExpressionNotChecked,            // AS1004
  ConvertedType,                   // AS1005
  BadDuration,                     // AS1006
  BadDateTime,                     // AS1007
  NotAnInteger,                    // AS1008
  FixedDateAndRecurrence,          // AS1009
  EmptyArray,                      // AS1010
  MissingLocation,                 // AS1011
  TooManyProfiles,                 // AS2001
  TooManyRules,                    // AS2002
  UnknownEnumValue,                // AS2003
  FrequencyNotWeek,                // AS2004
  TimeGrainOutOfRange,             // AS2010
  TimeWindowOutOfRange,            // AS2011
  TimeWindowBelowFiveMinutes,      // AS2012
  CooldownOutOfRange,              // AS2013
  LookAheadOutOfRange,             // AS2014
  LookAheadBelowPortalMinimum,     // AS2015
  NegativeCapacity,                // AS2020
  CapacityAbove1000,               // AS2021
  MinimumAboveMaximum,             // AS2022
  DefaultOutsideLimits,            // AS2023
  ActionValueBelowOne,             // AS2024
  ActionValueAboveRange,           // AS2025
  FixedDateEndNotAfterStart,       // AS2030
  FixedDateTooLong,                // AS2031
  UnknownDay,                      // AS2040
  NumericDay,                      // AS2041
  HourOutOfRange,                  // AS2042
  MinuteOutOfRange,                // AS2043
  TooManyTags,                     // AS2050
  TagKeyTooLong,                   // AS2051
  TagValueTooLong,                 // AS2052
  BadWebhookUri,                   // AS2060
  NoDefaultProfile,                // AS2070
  SeveralDefaultProfiles,          // AS2071
  FlappingRisk,                    // AS3001
  ScaleOutWithoutScaleIn,          // AS3002
  ScaleInWithoutScaleOut,          // AS3003
  OverlappingFixedDates,           // AS3004
  RecurrenceWithoutEnd,            // AS3005
  UnknownTimeZone,                 // AS3006
  BadEmail,                        // AS3007
  WebhookNotHttps,                 // AS3008
  CooldownShorterThanWindow,       // AS3009
  PredictiveWithoutCpuRule,        // AS3010
  PinnedCountWithRules,            // AS3011
  WindowShorterThanGrain,          // AS3012
  SeveralStartTimes,               // AS3013
  EnabledNotWritten,               // AS3014
  UnknownProperty,                 // AS3015
  DuplicateProfileName,            // AS3016
  DanglingPairedProfile,           // AS3017
  RetiredAdminEmail,               // AS3018
  DirectionNoneWithoutExactCount,  // AS3019
  ScaleInShadowed,                 // AS3020
  MissingMetricNamespace,          // AS3021
  OffsetWithOtherTimeZone,         // AS3022
  NoRulesWithRange,                // AS3023
};

struct DiagnosticInfo {
  DiagnosticCode id;
  std::string_view code;  // "AS2010"
  Severity severity;
  std::string_view summary;  // one line: what the finding means
  std::string_view hint;     // the usual way to fix it
};

// The whole table, ordered by code.
std::span<const DiagnosticInfo> diagnosticCatalog();
const DiagnosticInfo& diagnosticInfo(DiagnosticCode id);
// nullptr for a code that is not in the table.
const DiagnosticInfo* findDiagnosticInfo(std::string_view code);

}  // namespace autoscale::models
