#!/usr/bin/env bash
# Autoscale setting autoscale-my-endpoint-blue as Azure CLI commands.
# The setting is created disabled and enabled at the end, so that it scales nothing
# while it is incomplete.
set -euo pipefail

RESOURCE_GROUP="${RESOURCE_GROUP:-ml-rg}"

az monitor autoscale create \
  --resource-group "$RESOURCE_GROUP" --name autoscale-my-endpoint-blue \
  --resource /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint/deployments/blue \
  --count 2 --min-count 2 --max-count 5 \
  --disabled true

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name autoscale-my-endpoint-blue \
  --condition 'CpuUtilizationPercentage > 70 avg 5m' \
  --scale out 2 \
  --cooldown 5 \
  --timegrain avg 1m

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name autoscale-my-endpoint-blue \
  --condition 'CpuUtilizationPercentage < 25 avg 5m' \
  --scale in 1 \
  --cooldown 5 \
  --timegrain avg 1m

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name autoscale-my-endpoint-blue \
  --condition 'RequestLatency > 70 avg 5m' \
  --scale out 1 \
  --cooldown 5 \
  --timegrain avg 1m \
  --resource /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint

az monitor autoscale profile create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name autoscale-my-endpoint-blue \
  --name weekend-profile \
  --count 2 --min-count 2 --max-count 2 \
  --timezone 'Pacific Standard Time' \
  --recurrence week sat sun \
  --start 00:00 --end 23:59
