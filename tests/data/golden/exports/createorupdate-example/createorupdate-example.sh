#!/usr/bin/env bash
# Autoscale setting MySetting as Azure CLI commands.
# The setting is created disabled and enabled at the end, so that it scales nothing
# while it is incomplete.
#
# What the CLI cannot express (the commands use the nearest form or are left
# commented out):
#   - The setting has no default profile, but az monitor autoscale create always makes one (named default); it gets the limits of the first profile.
#   - Profile adios: the CLI does not know the time zone "UTC" and refuses the command (see az monitor autoscale profile list-timezones).
#   - Profile adios: the CLI writes the time 2015-03-05T14:00:00Z as 2015-03-05T14:00:00+00:00 (the same instant).
#   - Profile adios: the CLI writes the time 2015-03-05T14:30:00Z as 2015-03-05T14:30:00+00:00 (the same instant).
#   - Profile saludos: the CLI does not know the time zone "UTC" and refuses the command (see az monitor autoscale profile list-timezones).
#   - Profile saludos: the day "1" is written as Monday by the CLI.
#   - Profile saludos has no paired default profile to end it; the CLI adds one ending at 23:59.
#   - The CLI puts the profiles in the order default, then each schedule followed by its paired default profile; the setting's order differs.
set -euo pipefail

RESOURCE_GROUP="${RESOURCE_GROUP:-TestingMetricsScaleSet}"

az monitor autoscale create \
  --resource-group "$RESOURCE_GROUP" --name MySetting \
  --resource /subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc \
  --location 'West US' \
  --count 1 --min-count 1 --max-count 10 \
  --tags key1=value1 key2=value2 \
  --email-administrator true \
  --email-coadministrators true \
  --action email gu@ms.com ge@ns.net \
  --action webhook http://myservice.com \
  --scale-mode Enabled \
  --disabled true

az monitor autoscale profile create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name MySetting \
  --name adios \
  --count 1 --min-count 1 --max-count 10 \
  --timezone UTC \
  --start 2015-03-05T14:00:00 --end 2015-03-05T14:30:00

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name MySetting \
  --profile-name adios \
  --condition 'Percentage CPU > 10 avg 5m' \
  --scale out 1 \
  --cooldown 5 \
  --timegrain avg 1m

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name MySetting \
  --profile-name adios \
  --condition 'Percentage CPU > 15 avg 5m' \
  --scale in 2 \
  --cooldown 6 \
  --timegrain avg 2m

az monitor autoscale profile create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name MySetting \
  --name saludos \
  --count 1 --min-count 1 --max-count 10 \
  --timezone UTC \
  --recurrence week mon \
  --start 05:15

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name MySetting \
  --profile-name saludos \
  --condition 'Percentage CPU > 10 avg 5m' \
  --scale out 1 \
  --cooldown 5 \
  --timegrain avg 1m

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name MySetting \
  --profile-name saludos \
  --condition 'Percentage CPU > 15 avg 5m' \
  --scale in 2 \
  --cooldown 6 \
  --timegrain avg 2m

az monitor autoscale update \
  --resource-group "$RESOURCE_GROUP" --name MySetting \
  --enabled true
