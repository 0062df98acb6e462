# Autoscale setting checkout-autoscale as a Terraform azurerm_monitor_autoscale_setting resource.
# Not carried over: $.properties.profiles[1].rules[0].scaleAction.direction is None, which azurerm does not accept; written as Increase (ExactCount ignores the direction).

variable "resource_group_name" {
  type        = string
  description = "Resource group of the autoscale setting."
  default     = "shop-rg"
}

resource "azurerm_monitor_autoscale_setting" "checkout-autoscale" {
  name                = "checkout-autoscale"
  resource_group_name = var.resource_group_name
  location            = "westeurope"
  target_resource_id  = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout/deployments/blue"
  enabled             = true

  tags = {
    "team"        = "checkout"
    "cost-center" = "42"
  }

  profile {
    name = "default"

    capacity {
      default = 3
      minimum = 2
      maximum = 20
    }

    rule {
      metric_trigger {
        metric_name        = "RequestsPerMinute"
        metric_resource_id = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout"
        metric_namespace   = "microsoft.machinelearningservices/workspaces/onlineendpoints"
        time_grain         = "PT1M"
        statistic          = "Average"
        time_window        = "PT10M"
        time_aggregation   = "Total"
        operator           = "GreaterThanOrEqual"
        threshold          = 1200.5

        dimensions {
          name     = "deployment"
          operator = "Equals"
          values   = ["blue", "green"]
        }
      }

      scale_action {
        direction = "Increase"
        type      = "PercentChangeCount"
        value     = 50
        cooldown  = "PT10M"
      }
    }

    rule {
      metric_trigger {
        metric_name        = "CpuUtilizationPercentage"
        metric_resource_id = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout/deployments/blue"
        time_grain         = "PT1M"
        statistic          = "Max"
        time_window        = "PT15M"
        time_aggregation   = "Average"
        operator           = "LessThanOrEqual"
        threshold          = 20

        dimensions {
          name     = "instance"
          operator = "NotEquals"
          values   = ["canary-0"]
        }
      }

      scale_action {
        direction = "Decrease"
        type      = "PercentChangeCount"
        value     = 25
        cooldown  = "PT15M"
      }
    }
  }

  profile {
    name = "black-friday"

    capacity {
      default = 10
      minimum = 10
      maximum = 40
    }

    rule {
      metric_trigger {
        metric_name        = "CpuUtilizationPercentage"
        metric_resource_id = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/shop-rg/providers/Microsoft.MachineLearningServices/workspaces/shop-ws/onlineEndpoints/checkout/deployments/blue"
        time_grain         = "PT1M"
        statistic          = "Average"
        time_window        = "PT5M"
        time_aggregation   = "Average"
        operator           = "GreaterThan"
        threshold          = 60.0
      }

      scale_action {
        direction = "Increase"
        type      = "ExactCount"
        value     = 30
        cooldown  = "PT30M"
      }
    }

    fixed_date {
      timezone = "W. Europe Standard Time"
      start    = "2026-11-27T00:00:00+00:00"
      end      = "2026-11-30T23:59:00+00:00"
    }
  }

  notification {
    email {
      send_to_subscription_administrator    = true
      send_to_subscription_co_administrator = false
      custom_emails                         = ["oncall@example.com"]
    }

    webhook {
      service_uri = "https://hooks.example.com/autoscale?source=checkout"

      properties = {
        "channel"  = "#checkout-ops"
        "severity" = "info"
      }
    }

    webhook {
      service_uri = "https://pager.example.com/hook"
    }
  }
}
