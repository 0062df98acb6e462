#!/usr/bin/env python3
# Autoscale setting MySetting for the Azure SDK for Python (azure-mgmt-monitor).
# Needs: pip install azure-identity azure-mgmt-monitor; AZURE_SUBSCRIPTION_ID set.
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
RESOURCE_GROUP = os.environ.get("RESOURCE_GROUP", "TestingMetricsScaleSet")
SETTING_NAME = "MySetting"

SETTING = AutoscaleSettingResource(
    location="West US",
    tags={"key1": "value1", "key2": "value2"},
    enabled=True,
    name_properties_name="MySetting",
    target_resource_uri="/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc",
    predictive_autoscale_policy=PredictiveAutoscalePolicy(
        scale_mode="Enabled",
    ),
    profiles=[
        AutoscaleProfile(
            name="adios",
            capacity=ScaleCapacity(
                minimum="1",
                maximum="10",
                default="1",
            ),
            rules=[
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="Percentage CPU",
                        metric_resource_uri="/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=10.0,
                        divide_per_instance=False,
                    ),
                    scale_action=ScaleAction(
                        direction="Increase",
                        type="ChangeCount",
                        value="1",
                        cooldown=timedelta(minutes=5),
                    ),
                ),
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="Percentage CPU",
                        metric_resource_uri="/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc",
                        time_grain=timedelta(minutes=2),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=15.0,
                        divide_per_instance=False,
                    ),
                    scale_action=ScaleAction(
                        direction="Decrease",
                        type="ChangeCount",
                        value="2",
                        cooldown=timedelta(minutes=6),
                    ),
                ),
            ],
            fixed_date=TimeWindow(
                time_zone="UTC",
                start=datetime.fromisoformat("2015-03-05T14:00:00+00:00"),
                end=datetime.fromisoformat("2015-03-05T14:30:00+00:00"),
            ),
        ),
        AutoscaleProfile(
            name="saludos",
            capacity=ScaleCapacity(
                minimum="1",
                maximum="10",
                default="1",
            ),
            rules=[
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="Percentage CPU",
                        metric_resource_uri="/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=10.0,
                        divide_per_instance=False,
                    ),
                    scale_action=ScaleAction(
                        direction="Increase",
                        type="ChangeCount",
                        value="1",
                        cooldown=timedelta(minutes=5),
                    ),
                ),
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="Percentage CPU",
                        metric_resource_uri="/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc",
                        time_grain=timedelta(minutes=2),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=15.0,
                        divide_per_instance=False,
                    ),
                    scale_action=ScaleAction(
                        direction="Decrease",
                        type="ChangeCount",
                        value="2",
                        cooldown=timedelta(minutes=6),
                    ),
                ),
            ],
            recurrence=Recurrence(
                frequency="Week",
                schedule=RecurrentSchedule(
                    time_zone="UTC",
                    days=["1"],
                    hours=[5],
                    minutes=[15],
                ),
            ),
        ),
    ],
    notifications=[
        AutoscaleNotification(
            email=EmailNotification(
                send_to_subscription_administrator=True,
                send_to_subscription_co_administrators=True,
                custom_emails=["gu@ms.com", "ge@ns.net"],
            ),
            webhooks=[
                WebhookNotification(
                    service_uri="http://myservice.com",
                    properties={},
                ),
            ],
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
