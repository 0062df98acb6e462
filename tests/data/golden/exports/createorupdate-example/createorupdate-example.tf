# Autoscale setting MySetting as a Terraform azurerm_monitor_autoscale_setting resource.
# Not carried over: $.properties.profiles[1].recurrence.schedule.days holds "1", written as Monday (azurerm takes day names).

variable "resource_group_name" {
  type        = string
  description = "Resource group of the autoscale setting."
  default     = "TestingMetricsScaleSet"
}

resource "azurerm_monitor_autoscale_setting" "mysetting" {
  name                = "MySetting"
  resource_group_name = var.resource_group_name
  location            = "West US"
  target_resource_id  = "/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc"
  enabled             = true

  tags = {
    "key1" = "value1"
    "key2" = "value2"
  }

  predictive {
    scale_mode = "Enabled"
  }

  profile {
    name = "adios"

    capacity {
      default = 1
      minimum = 1
      maximum = 10
    }

    rule {
      metric_trigger {
        metric_name              = "Percentage CPU"
        metric_resource_id       = "/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc"
        time_grain               = "PT1M"
        statistic                = "Average"
        time_window              = "PT5M"
        time_aggregation         = "Average"
        operator                 = "GreaterThan"
        threshold                = 10.0
        divide_by_instance_count = false
      }

      scale_action {
        direction = "Increase"
        type      = "ChangeCount"
        value     = 1
        cooldown  = "PT5M"
      }
    }

    rule {
      metric_trigger {
        metric_name              = "Percentage CPU"
        metric_resource_id       = "/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc"
        time_grain               = "PT2M"
        statistic                = "Average"
        time_window              = "PT5M"
        time_aggregation         = "Average"
        operator                 = "GreaterThan"
        threshold                = 15.0
        divide_by_instance_count = false
      }

      scale_action {
        direction = "Decrease"
        type      = "ChangeCount"
        value     = 2
        cooldown  = "PT6M"
      }
    }

    fixed_date {
      timezone = "UTC"
      start    = "2015-03-05T14:00:00Z"
      end      = "2015-03-05T14:30:00Z"
    }
  }

  profile {
    name = "saludos"

    capacity {
      default = 1
      minimum = 1
      maximum = 10
    }

    rule {
      metric_trigger {
        metric_name              = "Percentage CPU"
        metric_resource_id       = "/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc"
        time_grain               = "PT1M"
        statistic                = "Average"
        time_window              = "PT5M"
        time_aggregation         = "Average"
        operator                 = "GreaterThan"
        threshold                = 10.0
        divide_by_instance_count = false
      }

      scale_action {
        direction = "Increase"
        type      = "ChangeCount"
        value     = 1
        cooldown  = "PT5M"
      }
    }

    rule {
      metric_trigger {
        metric_name              = "Percentage CPU"
        metric_resource_id       = "/subscriptions/b67f7fec-69fc-4974-9099-a26bd6ffeda3/resourceGroups/TestingMetricsScaleSet/providers/Microsoft.Compute/virtualMachineScaleSets/testingsc"
        time_grain               = "PT2M"
        statistic                = "Average"
        time_window              = "PT5M"
        time_aggregation         = "Average"
        operator                 = "GreaterThan"
        threshold                = 15.0
        divide_by_instance_count = false
      }

      scale_action {
        direction = "Decrease"
        type      = "ChangeCount"
        value     = 2
        cooldown  = "PT6M"
      }
    }

    recurrence {
      timezone = "UTC"
      days     = ["Monday"]
      hours    = [5]
      minutes  = [15]
    }
  }

  notification {
    email {
      send_to_subscription_administrator    = true
      send_to_subscription_co_administrator = true
      custom_emails                         = ["gu@ms.com", "ge@ns.net"]
    }

    webhook {
      service_uri = "http://myservice.com"
    }
  }
}
