#!/usr/bin/env bash
# Autoscale setting checkout-autoscale as Azure CLI commands.
# The setting is created disabled and enabled at the end, so that it scales nothing
# while it is incomplete.
set -euo pipefail

RESOURCE_GROUP="${RESOURCE_GROUP:-shop-rg}"

az monitor autoscale create \
  --resource-group "$RESOURCE_GROUP" --name checkout-autoscale \
  --resource /subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout/deployments/blue \
  --location westeurope \
  --count 3 --min-count 2 --max-count 20 \
  --tags team=checkout cost-center=42 \
  --email-administrator true \
  --action email oncall@example.com \
  --action webhook 'https://hooks.example.com/autoscale?source=checkout' 'channel=#checkout-ops' severity=info \
  --action webhook https://pager.example.com/hook \
  --disabled true

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name checkout-autoscale \
  --condition '"microsoft.machinelearningservices/workspaces/onlineendpoints" RequestsPerMinute >= 1200.5 total 10m where deployment == blue or green' \
  --scale out 50% \
  --cooldown 10 \
  --timegrain avg 1m \
  --resource /subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name checkout-autoscale \
  --condition 'CpuUtilizationPercentage <= 20 avg 15m where instance != canary-0' \
  --scale in 25% \
  --cooldown 15 \
  --timegrain max 1m

az monitor autoscale profile create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name checkout-autoscale \
  --name black-friday \
  --count 10 --min-count 10 --max-count 40 \
  --timezone 'W. Europe Standard Time' \
  --start 2026-11-27T00:00:00 --end 2026-11-30T23:59:00

az monitor autoscale rule create \
  --resource-group "$RESOURCE_GROUP" --autoscale-name checkout-autoscale \
  --profile-name black-friday \
  --condition 'CpuUtilizationPercentage > 60 avg 5m' \
  --scale to 30 \
  --cooldown 30 \
  --timegrain avg 1m

az monitor autoscale update \
  --resource-group "$RESOURCE_GROUP" --name checkout-autoscale \
  --enabled true
