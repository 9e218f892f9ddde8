from enum import StrEnum


class IncludeItem(StrEnum):
    ACCEPTANCE_FREE = "acceptance_free"
    ATTENDANCE_DOCUMENT = "attendance_document"
    ATTENDANCE_GOOD_ITEMS = "attendance_good_items"
    ATTENDANCE_SERVICE_ITEMS = "attendance_service_items"
    CLIENT = "client"
    CLIENT_CUSTOM_FIELD_VALUES = "client.custom_field_values"
    CLIENT_NOTIFICATION_SETTINGS = "client_notification_settings"
    CLIENT_SCHEDULE = "client_schedule"
    COMER = "comer"
    CUSTOM_FIELD_VALUES = "custom_field_values"
    DURATION_DETAILS = "duration_details"
    FAST_PAYMENT_SETTINGS = "fast_payment_settings"
    GOODS = "goods"
    LABELS = "labels"
    RESOURCE_INSTANCES = "resource_instances"
    SERVICES = "services"
    STAFF = "staff"
    TRANSACTIONS = "transactions"

    def __str__(self) -> str:
        return str(self.value)
