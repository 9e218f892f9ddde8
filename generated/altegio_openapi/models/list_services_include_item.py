from enum import StrEnum


class ListServicesIncludeItem(StrEnum):
    COMPANY_LINKS = "company_links"
    RESOURCES = "resources"
    RESOURCE_LINKS = "resource_links"
    SERVICE_COMPOSITE = "service_composite"
    TRIAL_SETTINGS = "trial_settings"

    def __str__(self) -> str:
        return str(self.value)
