az monitor autoscale create --name $AUTOSCALE_SETTINGS_NAME --resource $DEPLOYMENT_RESOURCE_ID \
  --min-count 2 --max-count 5 --count 2
az monitor autoscale rule create --autoscale-name $AUTOSCALE_SETTINGS_NAME \
  --condition "CpuUtilizationPercentage > 70 avg 5m" --scale out 2
az monitor autoscale rule create --autoscale-name $AUTOSCALE_SETTINGS_NAME \
  --condition "CpuUtilizationPercentage < 25 avg 5m" --scale in 1
az monitor autoscale rule create --autoscale-name $AUTOSCALE_SETTINGS_NAME \
  --condition "RequestLatency > 70 avg 5m" --scale out 1 --resource $ENDPOINT_RESOURCE_ID
az monitor autoscale profile create --name weekend-profile --autoscale-name $AUTOSCALE_SETTINGS_NAME \
  --min-count 2 --count 2 --max-count 2 --recurrence week sat sun --timezone "Pacific Standard Time"
az monitor autoscale update --autoscale-name $AUTOSCALE_SETTINGS_NAME --enabled false
az monitor autoscale delete -n "$AUTOSCALE_SETTINGS_NAME"
