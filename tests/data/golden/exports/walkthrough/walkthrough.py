#!/usr/bin/env python3
# Autoscale setting autoscale-my-endpoint-blue for the Azure SDK for Python (azure-mgmt-monitor).
# Needs: pip install azure-identity azure-mgmt-monitor; AZURE_SUBSCRIPTION_ID set.
# Not carried over: The setting has no location; the script reads it from AZURE_LOCATION.
import os
from datetime import datetime, timedelta

from azure.identity import DefaultAzureCredential
from azure.mgmt.monitor import MonitorManagementClient
from azure.mgmt.monitor.models import (
    AutoscaleNotification,
    AutoscaleProfile,
    AutoscaleSettingResource,
    EmailNotification,
    MetricTrigger,
    PredictiveAutoscalePolicy,
    Recurrence,
    RecurrentSchedule,
    ScaleAction,
    ScaleCapacity,
    ScaleRule,
    ScaleRuleMetricDimension,
    TimeWindow,
    WebhookNotification,
)

SUBSCRIPTION_ID = os.environ["AZURE_SUBSCRIPTION_ID"]
RESOURCE_GROUP = os.environ.get("RESOURCE_GROUP", "ml-rg")
SETTING_NAME = "autoscale-my-endpoint-blue"

SETTING = AutoscaleSettingResource(
    location=os.environ["AZURE_LOCATION"],
    enabled=False,
    name_properties_name="autoscale-my-endpoint-blue",
    target_resource_uri="/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint/deployments/blue",
    profiles=[
        AutoscaleProfile(
            name="default",
            capacity=ScaleCapacity(
                minimum="2",
                maximum="5",
                default="2",
            ),
            rules=[
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="CpuUtilizationPercentage",
                        metric_namespace="",
                        metric_resource_uri="/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint/deployments/blue",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=70.0,
                    ),
                    scale_action=ScaleAction(
                        direction="Increase",
                        type="ChangeCount",
                        value="2",
                        cooldown=timedelta(minutes=5),
                    ),
                ),
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="CpuUtilizationPercentage",
                        metric_namespace="",
                        metric_resource_uri="/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint/deployments/blue",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="LessThan",
                        threshold=25.0,
                    ),
                    scale_action=ScaleAction(
                        direction="Decrease",
                        type="ChangeCount",
                        value="1",
                        cooldown=timedelta(minutes=5),
                    ),
                ),
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="RequestLatency",
                        metric_namespace="",
                        metric_resource_uri="/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=70.0,
                    ),
                    scale_action=ScaleAction(
                        direction="Increase",
                        type="ChangeCount",
                        value="1",
                        cooldown=timedelta(minutes=5),
                    ),
                ),
            ],
        ),
        AutoscaleProfile(
            name="weekend-profile",
            capacity=ScaleCapacity(
                minimum="2",
                maximum="2",
                default="2",
            ),
            rules=[],
            recurrence=Recurrence(
                frequency="Week",
                schedule=RecurrentSchedule(
                    time_zone="Pacific Standard Time",
                    days=["Saturday", "Sunday"],
                    hours=[0],
                    minutes=[0],
                ),
            ),
        ),
        AutoscaleProfile(
            name="{\"name\": \"default\", \"for\": \"weekend-profile\"}",
            capacity=ScaleCapacity(
                minimum="2",
                maximum="5",
                default="2",
            ),
            rules=[
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="CpuUtilizationPercentage",
                        metric_namespace="",
                        metric_resource_uri="/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint/deployments/blue",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=70.0,
                    ),
                    scale_action=ScaleAction(
                        direction="Increase",
                        type="ChangeCount",
                        value="2",
                        cooldown=timedelta(minutes=5),
                    ),
                ),
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="CpuUtilizationPercentage",
                        metric_namespace="",
                        metric_resource_uri="/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint/deployments/blue",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="LessThan",
                        threshold=25.0,
                    ),
                    scale_action=ScaleAction(
                        direction="Decrease",
                        type="ChangeCount",
                        value="1",
                        cooldown=timedelta(minutes=5),
                    ),
                ),
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="RequestLatency",
                        metric_namespace="",
                        metric_resource_uri="/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/onlineEndpoints/my-endpoint",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=70.0,
                    ),
                    scale_action=ScaleAction(
                        direction="Increase",
                        type="ChangeCount",
                        value="1",
                        cooldown=timedelta(minutes=5),
                    ),
                ),
            ],
            recurrence=Recurrence(
                frequency="Week",
                schedule=RecurrentSchedule(
                    time_zone="Pacific Standard Time",
                    days=["Saturday", "Sunday"],
                    hours=[23],
                    minutes=[59],
                ),
            ),
        ),
    ],
    notifications=[
        AutoscaleNotification(
            email=EmailNotification(
                send_to_subscription_administrator=False,
                send_to_subscription_co_administrators=False,
                custom_emails=[],
            ),
            webhooks=[],
        ),
    ],
)


def main() -> None:
    client = MonitorManagementClient(DefaultAzureCredential(), SUBSCRIPTION_ID)
    result = client.autoscale_settings.create_or_update(
        RESOURCE_GROUP, SETTING_NAME, SETTING
    )
    print("created or updated", result.id)


if __name__ == "__main__":
    main()
