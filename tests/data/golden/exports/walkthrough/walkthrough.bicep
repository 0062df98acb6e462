// Autoscale setting autoscale-my-endpoint-blue (Microsoft.Insights/autoscalesettings, api-version 2022-10-01).
// Deploy: az deployment group create --resource-group <group> --template-file <this file>

@description('Name of the autoscale setting.')
param autoscaleSettingName string = 'autoscale-my-endpoint-blue'

@description('Region of the autoscale setting.')
param location string = resourceGroup().location

@description('Resource id of the resource that the setting scales.')
param targetResourceUri string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint/deployments/blue'

@description('Minimum instance count of the default profile.')
@minValue(0)
@maxValue(1000)
param minimumCapacity int = 2

@description('Maximum instance count of the default profile.')
@minValue(0)
@maxValue(1000)
param maximumCapacity int = 5

@description('Default instance count of the default profile.')
@minValue(0)
@maxValue(1000)
param defaultCapacity int = 2

resource autoscaleSetting 'Microsoft.Insights/autoscalesettings@2022-10-01' = {
  name: autoscaleSettingName
  location: location
  properties: {
    profiles: [
      {
        name: 'default'
        capacity: {
          minimum: string(minimumCapacity)
          maximum: string(maximumCapacity)
          default: string(defaultCapacity)
        }
        rules: [
          {
            metricTrigger: {
              metricName: 'CpuUtilizationPercentage'
              metricNamespace: ''
              metricResourceUri: targetResourceUri
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: json('70.0')
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '2'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'CpuUtilizationPercentage'
              metricNamespace: ''
              metricResourceUri: targetResourceUri
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: json('25.0')
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'RequestLatency'
              metricNamespace: ''
              metricResourceUri: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint'
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: json('70.0')
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
        ]
      }
      {
        name: 'weekend-profile'
        capacity: {
          minimum: '2'
          maximum: '2'
          default: '2'
        }
        rules: []
        recurrence: {
          frequency: 'Week'
          schedule: {
            timeZone: 'Pacific Standard Time'
            days: [
              'Saturday'
              'Sunday'
            ]
            hours: [
              0
            ]
            minutes: [
              0
            ]
          }
        }
      }
      {
        name: '{"name": "default", "for": "weekend-profile"}'
        capacity: {
          minimum: string(minimumCapacity)
          maximum: string(maximumCapacity)
          default: string(defaultCapacity)
        }
        rules: [
          {
            metricTrigger: {
              metricName: 'CpuUtilizationPercentage'
              metricNamespace: ''
              metricResourceUri: targetResourceUri
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: json('70.0')
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '2'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'CpuUtilizationPercentage'
              metricNamespace: ''
              metricResourceUri: targetResourceUri
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: json('25.0')
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'RequestLatency'
              metricNamespace: ''
              metricResourceUri: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint'
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: json('70.0')
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
        ]
        recurrence: {
          frequency: 'Week'
          schedule: {
            timeZone: 'Pacific Standard Time'
            days: [
              'Saturday'
              'Sunday'
            ]
            hours: [
              23
            ]
            minutes: [
              59
            ]
          }
        }
      }
    ]
    notifications: [
      {
        operation: 'scale'
        email: {
          customEmails: []
          sendToSubscriptionAdministrator: false
          sendToSubscriptionCoAdministrators: false
        }
        webhooks: []
      }
    ]
    enabled: false
    name: autoscaleSettingName
    targetResourceUri: targetResourceUri
  }
}
