#include "models/validation/settingchecks.h"

#include "models/setting/autoscalesetting.h"
#include "models/validation/profilechecks.h"
#include "models/validation/slotreader.h"
#include "models/validation/valueformats.h"

namespace autoscale::models::validation {
namespace {

constexpr std::size_t kMaxProfiles = 20;
constexpr std::size_t kMaxTags = 15;
constexpr std::size_t kMaxTagKey = 128;
constexpr std::size_t kMaxTagValue = 256;
constexpr long long kMinute = 60;

// Length in characters (UTF-8 code points), as the service counts.
std::size_t characterCount(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

void checkTags(SlotReader& read, Reporter& reporter, const Node& tags) {
  if (!read.object(tags, Presence::Optional)) return;
  if (tags.size() > kMaxTags) {
    reporter.report(
        DiagnosticCode::TooManyTags, tags,
        "the setting has " + std::to_string(tags.size()) + " tags; at most 15 are allowed");
  }
  tags.forEachMember([&](const Node& tag) {
    if (characterCount(tag.key()) > kMaxTagKey) {
      reporter.report(
          DiagnosticCode::TagKeyTooLong, tag,
          "the tag name has " + std::to_string(characterCount(tag.key())) + " characters");
    }
    const auto value = read.string(tag, Presence::Optional);
    if (value && characterCount(*value) > kMaxTagValue) {
      reporter.report(
          DiagnosticCode::TagValueTooLong, tag,
          "the tag value has " + std::to_string(characterCount(*value)) + " characters");
    }
  });
}

void checkEnvelope(SlotReader& read, Reporter& reporter, const Node& resource) {
  for (const char* key : {"id", "name", "type"})
    read.string(resource.member(key), Presence::Optional);
  const Node location = resource.member("location");
  if (!location.exists()) {
    reporter.report(DiagnosticCode::MissingLocation, location, "the resource has no `location`");
  } else {
    read.string(location, Presence::Required);
  }
  checkTags(read, reporter, resource.member("tags"));
}

void checkEmail(SlotReader& read, Reporter& reporter, const Node& email) {
  if (!read.object(email, Presence::Optional)) return;
  read.unknownMembers(
      email,
      {"sendToSubscriptionAdministrator", "sendToSubscriptionCoAdministrators", "customEmails"},
      "an e-mail notification");
  for (const char* key :
       {"sendToSubscriptionAdministrator", "sendToSubscriptionCoAdministrators"}) {
    const Node flag = email.member(key);
    if (read.boolean(flag, Presence::Optional).value_or(false)) {
      reporter.report(DiagnosticCode::RetiredAdminEmail, flag,
                      "`" + std::string(flag.key()) + "` is true");
    }
  }
  const Node addresses = email.member("customEmails");
  if (!read.array(addresses, Presence::Optional)) return;
  addresses.forEachElement([&](const Node& address) {
    const auto text = read.string(address, Presence::Required);
    if (text && !looksLikeEmail(*text)) {
      reporter.report(DiagnosticCode::BadEmail, address,
                      inQuotes(*text) + " is not an e-mail address");
    }
  });
}

void checkWebhook(SlotReader& read, Reporter& reporter, const Node& webhook) {
  if (!read.object(webhook, Presence::Required)) return;
  read.unknownMembers(webhook, {"serviceUri", "properties"}, "a webhook");
  const Node uri = webhook.member("serviceUri");
  if (const auto text = read.string(uri, Presence::Required)) {
    switch (classifyWebUri(*text)) {
      case UriScheme::Https:
        break;
      case UriScheme::Http:
        reporter.report(DiagnosticCode::WebhookNotHttps, uri, inQuotes(*text) + " uses http");
        break;
      case UriScheme::Invalid:
      case UriScheme::Other:
        reporter.report(DiagnosticCode::BadWebhookUri, uri,
                        inQuotes(*text) + " is not an absolute http(s) URL");
        break;
    }
  }
  const Node properties = webhook.member("properties");
  if (!read.object(properties, Presence::Optional)) return;
  properties.forEachMember(
      [&](const Node& property) { read.string(property, Presence::Optional); });
}

void checkNotification(SlotReader& read, Reporter& reporter, const Node& notification) {
  if (!read.object(notification, Presence::Required)) return;
  read.unknownMembers(notification, {"operation", "email", "webhooks"}, "a notification");
  const Node operation = notification.member("operation");
  if (const auto text = read.string(operation, Presence::Required);
      text && !equalsIgnoringCase(*text, "Scale")) {
    reporter.report(DiagnosticCode::UnknownEnumValue, operation,
                    "operation is " + inQuotes(*text) + "; allowed: Scale",
                    "Set \"operation\": \"Scale\".");
  }
  checkEmail(read, reporter, notification.member("email"));
  const Node webhooks = notification.member("webhooks");
  if (!read.array(webhooks, Presence::Optional)) return;
  webhooks.forEachElement([&](const Node& webhook) { checkWebhook(read, reporter, webhook); });
}

void checkPredictivePolicy(SlotReader& read, Reporter& reporter, const Node& policy) {
  if (!read.object(policy, Presence::Optional)) return;
  read.unknownMembers(policy, {"scaleMode", "scaleLookAheadTime"}, "the predictive policy");
  read.enumeration(policy.member("scaleMode"), Presence::Required, &parsePredictiveScaleMode,
                   "Disabled, ForecastOnly, Enabled");
  const Node lookAhead = policy.member("scaleLookAheadTime");
  const auto seconds = read.duration(lookAhead, Presence::Optional);
  if (!seconds) return;
  if (*seconds < kMinute || *seconds > 60 * kMinute) {
    reporter.report(
        DiagnosticCode::LookAheadOutOfRange, lookAhead,
        "scaleLookAheadTime is " + durationText(*seconds) + "; it must be PT1M to PT60M");
  } else if (*seconds < 5 * kMinute) {
    reporter.report(
        DiagnosticCode::LookAheadBelowPortalMinimum, lookAhead,
        "scaleLookAheadTime is " + durationText(*seconds) + "; the portal offers PT5M to PT60M");
  }
}

void checkProfiles(SlotReader& read, Reporter& reporter, const Node& profiles) {
  if (!read.array(profiles, Presence::Required)) return;
  if (profiles.size() == 0) {
    reporter.report(DiagnosticCode::EmptyArray, profiles, "the setting has no profile",
                    "Add a default profile with capacity and rules.");
    return;
  }
  if (profiles.size() > kMaxProfiles) {
    reporter.report(
        DiagnosticCode::TooManyProfiles, profiles,
        "the setting has " + std::to_string(profiles.size()) + " profiles; at most 20 are allowed");
  }
  std::size_t defaults = 0;
  profiles.forEachElement([&](const Node& profile) {
    checkProfile(reporter, profile);
    if (!profile.isObject()) return;
    const Node fixedDate = profile.member("fixedDate");
    const Node recurrence = profile.member("recurrence");
    if (fixedDate.exists() || recurrence.exists()) return;
    if (++defaults == 2) {
      reporter.report(DiagnosticCode::SeveralDefaultProfiles, profile,
                      "this profile is a second default profile (no fixedDate, no recurrence)");
    }
  });
  if (defaults == 0) {
    reporter.report(DiagnosticCode::NoDefaultProfile, profiles,
                    "every profile has a schedule; none applies outside them");
  }
}

}  // namespace

void checkSettingTree(Reporter& reporter, const Node& resource, const Node& properties,
                      bool hasEnvelope) {
  SlotReader read(reporter);
  if (hasEnvelope) checkEnvelope(read, reporter, resource);
  if (!read.object(properties, Presence::Required)) return;
  read.unknownMembers(properties,
                      {"profiles", "notifications", "enabled", "predictiveAutoscalePolicy", "name",
                       "targetResourceUri", "targetResourceLocation"},
                      "the setting's properties");
  checkProfiles(read, reporter, properties.member("profiles"));
  const Node enabled = properties.member("enabled");
  if (!enabled.exists()) {
    reporter.report(DiagnosticCode::EnabledNotWritten, enabled, "`enabled` is not written");
  } else {
    read.boolean(enabled, Presence::Optional);
  }
  read.string(properties.member("name"), Presence::Optional);
  read.string(properties.member("targetResourceUri"), Presence::Required);
  read.string(properties.member("targetResourceLocation"), Presence::Optional);
  const Node notifications = properties.member("notifications");
  if (read.array(notifications, Presence::Optional)) {
    notifications.forEachElement(
        [&](const Node& notification) { checkNotification(read, reporter, notification); });
  }
  checkPredictivePolicy(read, reporter, properties.member("predictiveAutoscalePolicy"));
}

}  // namespace autoscale::models::validation
