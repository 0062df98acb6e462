// Autoscale setting checkout-autoscale (Microsoft.Insights/autoscalesettings, api-version 2022-10-01).
// Deploy: az deployment group create --resource-group <group> --template-file <this file>

@description('Name of the autoscale setting.')
param autoscaleSettingName string = 'checkout-autoscale'

@description('Region of the autoscale setting.')
param location string = 'westeurope'

@description('Resource id of the resource that the setting scales.')
param targetResourceUri string = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout/deployments/blue'

@description('Minimum instance count of the default profile.')
@minValue(0)
@maxValue(1000)
param minimumCapacity int = 2

@description('Maximum instance count of the default profile.')
@minValue(0)
@maxValue(1000)
param maximumCapacity int = 20

@description('Default instance count of the default profile.')
@minValue(0)
@maxValue(1000)
param defaultCapacity int = 3

resource autoscaleSetting 'Microsoft.Insights/autoscalesettings@2022-10-01' = {
  name: autoscaleSettingName
  location: location
  tags: {
    team: 'checkout'
    'cost-center': '42'
  }
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
              metricName: 'RequestsPerMinute'
              metricNamespace: 'microsoft.machinelearningservices/workspaces/onlineendpoints'
              metricResourceUri: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout'
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT10M'
              timeAggregation: 'Total'
              operator: 'GreaterThanOrEqual'
              threshold: json('1200.5')
              dimensions: [
                {
                  DimensionName: 'deployment'
                  Operator: 'Equals'
                  Values: [
                    'blue'
                    'green'
                  ]
                }
              ]
            }
            scaleAction: {
              direction: 'Increase'
              type: 'PercentChangeCount'
              value: '50'
              cooldown: 'PT10M'
            }
          }
          {
            metricTrigger: {
              metricName: 'CpuUtilizationPercentage'
              metricNamespace: ''
              metricResourceUri: targetResourceUri
              timeGrain: 'PT1M'
              statistic: 'Max'
              timeWindow: 'PT15M'
              timeAggregation: 'Average'
              operator: 'LessThanOrEqual'
              threshold: 20
              dimensions: [
                {
                  DimensionName: 'instance'
                  Operator: 'NotEquals'
                  Values: [
                    'canary-0'
                  ]
                }
              ]
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'PercentChangeCount'
              value: '25'
              cooldown: 'PT15M'
            }
          }
        ]
      }
      {
        name: 'black-friday'
        capacity: {
          minimum: '10'
          maximum: '40'
          default: '10'
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
              threshold: json('60.0')
            }
            scaleAction: {
              direction: 'None'
              type: 'ExactCount'
              value: '30'
              cooldown: 'PT30M'
            }
          }
        ]
        fixedDate: {
          timeZone: 'W. Europe Standard Time'
          start: '2026-11-27T00:00:00+00:00'
          end: '2026-11-30T23:59:00+00:00'
        }
      }
    ]
    notifications: [
      {
        operation: 'scale'
        email: {
          customEmails: [
            'oncall@example.com'
          ]
          sendToSubscriptionAdministrator: true
          sendToSubscriptionCoAdministrators: false
        }
        webhooks: [
          {
            serviceUri: 'https://hooks.example.com/autoscale?source=checkout'
            properties: {
              channel: '#checkout-ops'
              severity: 'info'
            }
          }
          {
            serviceUri: 'https://pager.example.com/hook'
            properties: {}
          }
        ]
      }
    ]
    enabled: true
    name: autoscaleSettingName
    targetResourceUri: targetResourceUri
  }
}
