#!/usr/bin/env python3
# Autoscale setting checkout-autoscale for the Azure SDK for Python (azure-mgmt-monitor).
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
RESOURCE_GROUP = os.environ.get("RESOURCE_GROUP", "shop-rg")
SETTING_NAME = "checkout-autoscale"

SETTING = AutoscaleSettingResource(
    location="westeurope",
    tags={"team": "checkout", "cost-center": "42"},
    enabled=True,
    name_properties_name="checkout-autoscale",
    target_resource_uri="/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout/deployments/blue",
    profiles=[
        AutoscaleProfile(
            name="default",
            capacity=ScaleCapacity(
                minimum="2",
                maximum="20",
                default="3",
            ),
            rules=[
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="RequestsPerMinute",
                        metric_namespace="microsoft.machinelearningservices/workspaces/onlineendpoints",
                        metric_resource_uri="/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=10),
                        time_aggregation="Total",
                        operator="GreaterThanOrEqual",
                        threshold=1200.5,
                        dimensions=[
                            ScaleRuleMetricDimension(
                                dimension_name="deployment",
                                operator="Equals",
                                values=["blue", "green"],
                            ),
                        ],
                    ),
                    scale_action=ScaleAction(
                        direction="Increase",
                        type="PercentChangeCount",
                        value="50",
                        cooldown=timedelta(minutes=10),
                    ),
                ),
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="CpuUtilizationPercentage",
                        metric_namespace="",
                        metric_resource_uri="/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout/deployments/blue",
                        time_grain=timedelta(minutes=1),
                        statistic="Max",
                        time_window=timedelta(minutes=15),
                        time_aggregation="Average",
                        operator="LessThanOrEqual",
                        threshold=20,
                        dimensions=[
                            ScaleRuleMetricDimension(
                                dimension_name="instance",
                                operator="NotEquals",
                                values=["canary-0"],
                            ),
                        ],
                    ),
                    scale_action=ScaleAction(
                        direction="Decrease",
                        type="PercentChangeCount",
                        value="25",
                        cooldown=timedelta(minutes=15),
                    ),
                ),
            ],
        ),
        AutoscaleProfile(
            name="black-friday",
            capacity=ScaleCapacity(
                minimum="10",
                maximum="40",
                default="10",
            ),
            rules=[
                ScaleRule(
                    metric_trigger=MetricTrigger(
                        metric_name="CpuUtilizationPercentage",
                        metric_namespace="",
                        metric_resource_uri="/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout/deployments/blue",
                        time_grain=timedelta(minutes=1),
                        statistic="Average",
                        time_window=timedelta(minutes=5),
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=60.0,
                    ),
                    scale_action=ScaleAction(
                        direction="None",
                        type="ExactCount",
                        value="30",
                        cooldown=timedelta(minutes=30),
                    ),
                ),
            ],
            fixed_date=TimeWindow(
                time_zone="W. Europe Standard Time",
                start=datetime.fromisoformat("2026-11-27T00:00:00+00:00"),
                end=datetime.fromisoformat("2026-11-30T23:59:00+00:00"),
            ),
        ),
    ],
    notifications=[
        AutoscaleNotification(
            email=EmailNotification(
                send_to_subscription_administrator=True,
                send_to_subscription_co_administrators=False,
                custom_emails=["oncall@example.com"],
            ),
            webhooks=[
                WebhookNotification(
                    service_uri="https://hooks.example.com/autoscale?source=checkout",
                    properties={"channel": "#checkout-ops", "severity": "info"},
                ),
                WebhookNotification(
                    service_uri="https://pager.example.com/hook",
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
