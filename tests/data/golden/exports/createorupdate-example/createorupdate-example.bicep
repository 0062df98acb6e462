// Autoscale setting MySetting (Microsoft.Insights/autoscalesettings, api-version 2022-10-01).
// Deploy: az deployment group create --resource-group <group> --template-file <this file>

@description('Name of the autoscale setting.')
param autoscaleSettingName string = 'MySetting'

@description('Region of the autoscale setting.')
param location string = 'West US'

@description('Resource id of the resource that the setting scales.')
param targetResourceUri string = '/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc'

resource autoscaleSetting 'Microsoft.Insights/autoscalesettings@2022-10-01' = {
  name: autoscaleSettingName
  location: location
  tags: {
    key1: 'value1'
    key2: 'value2'
  }
  properties: {
    profiles: [
      {
        name: 'adios'
        capacity: {
          minimum: '1'
          maximum: '10'
          default: '1'
        }
        rules: [
          {
            metricTrigger: {
              metricName: 'Percentage CPU'
              metricResourceUri: targetResourceUri
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: json('10.0')
              dividePerInstance: false
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'Percentage CPU'
              metricResourceUri: targetResourceUri
              timeGrain: 'PT2M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: json('15.0')
              dividePerInstance: false
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '2'
              cooldown: 'PT6M'
            }
          }
        ]
        fixedDate: {
          timeZone: 'UTC'
          start: '2015-03-05T14:00:00Z'
          end: '2015-03-05T14:30:00Z'
        }
      }
      {
        name: 'saludos'
        capacity: {
          minimum: '1'
          maximum: '10'
          default: '1'
        }
        rules: [
          {
            metricTrigger: {
              metricName: 'Percentage CPU'
              metricResourceUri: targetResourceUri
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: json('10.0')
              dividePerInstance: false
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'Percentage CPU'
              metricResourceUri: targetResourceUri
              timeGrain: 'PT2M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: json('15.0')
              dividePerInstance: false
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '2'
              cooldown: 'PT6M'
            }
          }
        ]
        recurrence: {
          frequency: 'Week'
          schedule: {
            timeZone: 'UTC'
            days: [
              '1'
            ]
            hours: [
              5
            ]
            minutes: [
              15
            ]
          }
        }
      }
    ]
    enabled: true
    name: autoscaleSettingName
    targetResourceUri: targetResourceUri
    predictiveAutoscalePolicy: {
      scaleMode: 'Enabled'
      scaleLookAheadTime: null
    }
    notifications: [
      {
        operation: 'Scale'
        email: {
          sendToSubscriptionAdministrator: true
          sendToSubscriptionCoAdministrators: true
          customEmails: [
            'gu@ms.com'
            'ge@ns.net'
          ]
        }
        webhooks: [
          {
            serviceUri: 'http://myservice.com'
            properties: {}
          }
        ]
      }
    ]
  }
}
