"""Contains all the data models used in inputs/outputs.

Each name is imported from its own module on first use (PEP 562): importing one model, or an
endpoint module, loads only the modules it needs instead of every model of the API.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .appointment_product_item_resource import AppointmentProductItemResource
    from .appointment_product_item_resource_attributes import (
        AppointmentProductItemResourceAttributes,
    )
    from .appointment_product_item_resource_relationships import (
        AppointmentProductItemResourceRelationships,
    )
    from .appointment_resource import AppointmentResource
    from .appointment_resource_attributes import AppointmentResourceAttributes
    from .appointment_resource_attributes_attendance import (
        AppointmentResourceAttributesAttendance,
    )
    from .appointment_resource_attributes_attendance_status import (
        AppointmentResourceAttributesAttendanceStatus,
    )
    from .appointment_resource_attributes_attendance_status_slug import (
        AppointmentResourceAttributesAttendanceStatusSlug,
    )
    from .appointment_resource_attributes_paid_full import (
        AppointmentResourceAttributesPaidFull,
    )
    from .appointment_resource_relationships import AppointmentResourceRelationships
    from .attendance_service_resource import AttendanceServiceResource
    from .attendance_service_resource_attributes import (
        AttendanceServiceResourceAttributes,
    )
    from .attendance_service_suggestion_resource import (
        AttendanceServiceSuggestionResource,
    )
    from .attendance_service_suggestion_resource_attributes import (
        AttendanceServiceSuggestionResourceAttributes,
    )
    from .attendance_service_suggestion_resource_attributes_suggestion_type import (
        AttendanceServiceSuggestionResourceAttributesSuggestionType,
    )
    from .attendance_service_suggestion_resource_relationships import (
        AttendanceServiceSuggestionResourceRelationships,
    )
    from .autocomplete_products_include_item import AutocompleteProductsIncludeItem
    from .autocomplete_products_response_200 import AutocompleteProductsResponse200
    from .autocomplete_products_response_200_meta import (
        AutocompleteProductsResponse200Meta,
    )
    from .b2bv2_error_response import B2BV2ErrorResponse
    from .b2bv2_error_response_meta import B2BV2ErrorResponseMeta
    from .b2bv2_error_response_meta_errors import B2BV2ErrorResponseMetaErrors
    from .booking_user_attendance_statistics_attributes import (
        BookingUserAttendanceStatisticsAttributes,
    )
    from .booking_user_attendance_statistics_relationships import (
        BookingUserAttendanceStatisticsRelationships,
    )
    from .booking_user_chain_attendance_statistics_resource import (
        BookingUserChainAttendanceStatisticsResource,
    )
    from .booking_user_chain_attendance_statistics_resource_attributes import (
        BookingUserChainAttendanceStatisticsResourceAttributes,
    )
    from .booking_user_deposit_resource import BookingUserDepositResource
    from .booking_user_deposit_resource_attributes import (
        BookingUserDepositResourceAttributes,
    )
    from .booking_user_include_item import BookingUserIncludeItem
    from .booking_user_location_attendance_statistics_resource import (
        BookingUserLocationAttendanceStatisticsResource,
    )
    from .booking_user_location_attendance_statistics_resource_attributes import (
        BookingUserLocationAttendanceStatisticsResourceAttributes,
    )
    from .booking_user_resource import BookingUserResource
    from .booking_user_resource_attributes import BookingUserResourceAttributes
    from .booking_user_resource_relationships import BookingUserResourceRelationships
    from .create_event_appointment_request import CreateEventAppointmentRequest
    from .create_event_appointment_request_client import (
        CreateEventAppointmentRequestClient,
    )
    from .create_event_appointment_request_client_agreements_type_0 import (
        CreateEventAppointmentRequestClientAgreementsType0,
    )
    from .create_event_appointment_request_client_custom_field_values_type_0_item import (
        CreateEventAppointmentRequestClientCustomFieldValuesType0Item,
    )
    from .create_event_appointment_request_client_gender_type_1 import (
        CreateEventAppointmentRequestClientGenderType1,
    )
    from .create_event_appointment_request_client_gender_type_2_type_1 import (
        CreateEventAppointmentRequestClientGenderType2Type1,
    )
    from .create_event_appointment_request_client_gender_type_3_type_1 import (
        CreateEventAppointmentRequestClientGenderType3Type1,
    )
    from .create_event_appointment_request_comer import (
        CreateEventAppointmentRequestComer,
    )
    from .create_event_request import CreateEventRequest
    from .create_position_body import CreatePositionBody
    from .create_position_response_201 import CreatePositionResponse201
    from .create_position_response_201_meta_item import (
        CreatePositionResponse201MetaItem,
    )
    from .create_tag_body import CreateTagBody
    from .create_tag_body_entity import CreateTagBodyEntity
    from .create_tag_response_201 import CreateTagResponse201
    from .create_tag_response_201_data import CreateTagResponse201Data
    from .create_tag_response_201_meta_item import CreateTagResponse201MetaItem
    from .create_tag_response_400 import CreateTagResponse400
    from .create_tag_response_400_meta import CreateTagResponse400Meta
    from .create_tag_response_401 import CreateTagResponse401
    from .create_tag_response_401_meta import CreateTagResponse401Meta
    from .create_tag_response_403 import CreateTagResponse403
    from .create_tag_response_403_meta import CreateTagResponse403Meta
    from .create_tag_response_404 import CreateTagResponse404
    from .create_tag_response_404_meta import CreateTagResponse404Meta
    from .create_tag_response_422 import CreateTagResponse422
    from .create_tag_response_422_meta import CreateTagResponse422Meta
    from .custom_field_resource import CustomFieldResource
    from .custom_field_resource_attributes import CustomFieldResourceAttributes
    from .custom_field_resource_attributes_entity_slug import (
        CustomFieldResourceAttributesEntitySlug,
    )
    from .custom_field_resource_attributes_parent_entity_type import (
        CustomFieldResourceAttributesParentEntityType,
    )
    from .custom_field_resource_relationships import CustomFieldResourceRelationships
    from .custom_field_type_resource import CustomFieldTypeResource
    from .custom_field_type_resource_attributes import CustomFieldTypeResourceAttributes
    from .custom_field_ui_option_resource import CustomFieldUIOptionResource
    from .custom_field_ui_option_resource_attributes import (
        CustomFieldUIOptionResourceAttributes,
    )
    from .delete_tag_response_401 import DeleteTagResponse401
    from .delete_tag_response_401_meta import DeleteTagResponse401Meta
    from .delete_tag_response_403 import DeleteTagResponse403
    from .delete_tag_response_403_meta import DeleteTagResponse403Meta
    from .delete_tag_response_404 import DeleteTagResponse404
    from .delete_tag_response_404_meta import DeleteTagResponse404Meta
    from .delete_timetable_appointment_body import DeleteTimetableAppointmentBody
    from .delete_timetable_appointment_response_200 import (
        DeleteTimetableAppointmentResponse200,
    )
    from .employment_profile_resource import EmploymentProfileResource
    from .employment_profile_resource_attributes import (
        EmploymentProfileResourceAttributes,
    )
    from .employment_profile_resource_attributes_gender import (
        EmploymentProfileResourceAttributesGender,
    )
    from .event_appointment_item_response import EventAppointmentItemResponse
    from .event_collection_response import EventCollectionResponse
    from .event_include_item import EventIncludeItem
    from .event_item_response import EventItemResponse
    from .event_resource import EventResource
    from .event_resource_attributes import EventResourceAttributes
    from .event_resource_attributes_schedule_till_type_0 import (
        EventResourceAttributesScheduleTillType0,
    )
    from .event_resource_relationships import EventResourceRelationships
    from .get_attendance_booking_user_response_200 import (
        GetAttendanceBookingUserResponse200,
    )
    from .get_attendance_product_item_include_item import (
        GetAttendanceProductItemIncludeItem,
    )
    from .get_attendance_product_item_response_200 import (
        GetAttendanceProductItemResponse200,
    )
    from .get_booking_user_chain_attendance_statistics_response_200 import (
        GetBookingUserChainAttendanceStatisticsResponse200,
    )
    from .get_booking_user_location_attendance_statistics_response_200 import (
        GetBookingUserLocationAttendanceStatisticsResponse200,
    )
    from .get_position_response_200 import GetPositionResponse200
    from .get_position_response_200_meta_item import GetPositionResponse200MetaItem
    from .get_product_category_include_item import GetProductCategoryIncludeItem
    from .get_product_category_response_200 import GetProductCategoryResponse200
    from .get_product_include_item import GetProductIncludeItem
    from .get_product_response_200 import GetProductResponse200
    from .get_service_include_item import GetServiceIncludeItem
    from .get_service_response_200 import GetServiceResponse200
    from .get_tag_response_200 import GetTagResponse200
    from .get_tag_response_200_data import GetTagResponse200Data
    from .get_tag_response_200_meta_item import GetTagResponse200MetaItem
    from .get_tag_response_401 import GetTagResponse401
    from .get_tag_response_401_meta import GetTagResponse401Meta
    from .get_tag_response_403 import GetTagResponse403
    from .get_tag_response_403_meta import GetTagResponse403Meta
    from .get_tag_response_404 import GetTagResponse404
    from .get_tag_response_404_meta import GetTagResponse404Meta
    from .include_item import IncludeItem
    from .included_resource import IncludedResource
    from .included_resource_attributes import IncludedResourceAttributes
    from .included_resource_relationships import IncludedResourceRelationships
    from .list_appointments_response_200 import ListAppointmentsResponse200
    from .list_appointments_response_200_meta import ListAppointmentsResponse200Meta
    from .list_attendance_appointments_response_200 import (
        ListAttendanceAppointmentsResponse200,
    )
    from .list_attendance_service_suggestions_include_item import (
        ListAttendanceServiceSuggestionsIncludeItem,
    )
    from .list_attendance_service_suggestions_response_200 import (
        ListAttendanceServiceSuggestionsResponse200,
    )
    from .list_attendance_services_filteris_available_for_timetable import (
        ListAttendanceServicesFilterisAvailableForTimetable,
    )
    from .list_attendance_services_filteris_composite import (
        ListAttendanceServicesFilterisComposite,
    )
    from .list_attendance_services_filteris_multi import (
        ListAttendanceServicesFilterisMulti,
    )
    from .list_attendance_services_response_200 import ListAttendanceServicesResponse200
    from .list_attendance_services_response_200_meta import (
        ListAttendanceServicesResponse200Meta,
    )
    from .list_composite_service_attendance_services_response_200 import (
        ListCompositeServiceAttendanceServicesResponse200,
    )
    from .list_custom_fields_filterentity_slug import ListCustomFieldsFilterentitySlug
    from .list_custom_fields_filterparent_entity_type import (
        ListCustomFieldsFilterparentEntityType,
    )
    from .list_custom_fields_include_item import ListCustomFieldsIncludeItem
    from .list_custom_fields_response_200 import ListCustomFieldsResponse200
    from .list_positions_response_200 import ListPositionsResponse200
    from .list_product_categories_include_item import ListProductCategoriesIncludeItem
    from .list_product_categories_response_200 import ListProductCategoriesResponse200
    from .list_product_storage_amounts_include_item import (
        ListProductStorageAmountsIncludeItem,
    )
    from .list_product_storage_amounts_response_200 import (
        ListProductStorageAmountsResponse200,
    )
    from .list_product_units_response_200 import ListProductUnitsResponse200
    from .list_products_filterrelated_loyalty_entity_slug import (
        ListProductsFilterrelatedLoyaltyEntitySlug,
    )
    from .list_products_include_item import ListProductsIncludeItem
    from .list_products_response_200 import ListProductsResponse200
    from .list_products_response_200_meta import ListProductsResponse200Meta
    from .list_resource_occupations_response_200 import (
        ListResourceOccupationsResponse200,
    )
    from .list_service_categories_response_200 import ListServiceCategoriesResponse200
    from .list_services_include_item import ListServicesIncludeItem
    from .list_services_response_200 import ListServicesResponse200
    from .list_tags_entity import ListTagsEntity
    from .list_tags_response_200 import ListTagsResponse200
    from .list_tags_response_200_data_item import ListTagsResponse200DataItem
    from .list_tags_response_401 import ListTagsResponse401
    from .list_tags_response_401_meta import ListTagsResponse401Meta
    from .list_tags_response_403 import ListTagsResponse403
    from .list_tags_response_403_meta import ListTagsResponse403Meta
    from .list_tags_response_404 import ListTagsResponse404
    from .list_tags_response_404_meta import ListTagsResponse404Meta
    from .list_team_members_filterdeleted import ListTeamMembersFilterdeleted
    from .list_team_members_filterfired import ListTeamMembersFilterfired
    from .list_team_members_filterhas_schedule import ListTeamMembersFilterhasSchedule
    from .list_team_members_filteris_assistant import ListTeamMembersFilterisAssistant
    from .list_team_members_filteris_paid import ListTeamMembersFilterisPaid
    from .list_team_members_filteruser_linked import ListTeamMembersFilteruserLinked
    from .list_team_members_include_item import ListTeamMembersIncludeItem
    from .list_team_members_response_200 import ListTeamMembersResponse200
    from .pagination import Pagination
    from .position_resource import PositionResource
    from .position_resource_attributes import PositionResourceAttributes
    from .position_resource_attributes_services_binding_type import (
        PositionResourceAttributesServicesBindingType,
    )
    from .product_category_resource import ProductCategoryResource
    from .product_category_resource_attributes import ProductCategoryResourceAttributes
    from .product_category_resource_relationships import (
        ProductCategoryResourceRelationships,
    )
    from .product_resource import ProductResource
    from .product_resource_attributes import ProductResourceAttributes
    from .product_resource_relationships import ProductResourceRelationships
    from .product_storage_amount_resource import ProductStorageAmountResource
    from .product_storage_amount_resource_attributes import (
        ProductStorageAmountResourceAttributes,
    )
    from .product_storage_amount_resource_relationships import (
        ProductStorageAmountResourceRelationships,
    )
    from .product_unit_resource import ProductUnitResource
    from .product_unit_resource_attributes import ProductUnitResourceAttributes
    from .reschedule_event_appointment_request import RescheduleEventAppointmentRequest
    from .resource_identifier import ResourceIdentifier
    from .resource_occupation_resource import ResourceOccupationResource
    from .resource_occupation_resource_attributes import (
        ResourceOccupationResourceAttributes,
    )
    from .resource_occupation_resource_attributes_source_type import (
        ResourceOccupationResourceAttributesSourceType,
    )
    from .resource_occupation_resource_attributes_source_type_slug import (
        ResourceOccupationResourceAttributesSourceTypeSlug,
    )
    from .service_category_resource import ServiceCategoryResource
    from .service_category_resource_attributes import ServiceCategoryResourceAttributes
    from .service_resource import ServiceResource
    from .service_resource_attributes import ServiceResourceAttributes
    from .service_resource_relationships import ServiceResourceRelationships
    from .staff_position_resource import StaffPositionResource
    from .staff_position_resource_attributes import StaffPositionResourceAttributes
    from .tag_attributes import TagAttributes
    from .tag_attributes_entity_type import TagAttributesEntityType
    from .team_member_resource import TeamMemberResource
    from .team_member_resource_attributes import TeamMemberResourceAttributes
    from .team_member_resource_relationships import TeamMemberResourceRelationships
    from .to_many_relationship import ToManyRelationship
    from .to_one_relationship import ToOneRelationship
    from .update_event_appointment_request import UpdateEventAppointmentRequest
    from .update_event_appointment_request_attendance_good_items_item import (
        UpdateEventAppointmentRequestAttendanceGoodItemsItem,
    )
    from .update_event_appointment_request_attendance_good_items_item_operation_unit_type import (
        UpdateEventAppointmentRequestAttendanceGoodItemsItemOperationUnitType,
    )
    from .update_event_appointment_request_attendance_service_item import (
        UpdateEventAppointmentRequestAttendanceServiceItem,
    )
    from .update_event_request import UpdateEventRequest
    from .update_position_body import UpdatePositionBody
    from .update_tag_body import UpdateTagBody
    from .update_tag_body_entity import UpdateTagBodyEntity
    from .update_tag_response_401 import UpdateTagResponse401
    from .update_tag_response_401_meta import UpdateTagResponse401Meta
    from .update_tag_response_403 import UpdateTagResponse403
    from .update_tag_response_403_meta import UpdateTagResponse403Meta
    from .update_tag_response_404 import UpdateTagResponse404
    from .update_tag_response_404_meta import UpdateTagResponse404Meta
    from .update_tag_response_422 import UpdateTagResponse422
    from .update_tag_response_422_meta import UpdateTagResponse422Meta

# Class name -> the module of this package that defines it.
_MODULES: dict[str, str] = {
    "AppointmentProductItemResource": ".appointment_product_item_resource",
    "AppointmentProductItemResourceAttributes": ".appointment_product_item_resource_attributes",
    "AppointmentProductItemResourceRelationships": ".appointment_product_item_resource_relationships",
    "AppointmentResource": ".appointment_resource",
    "AppointmentResourceAttributes": ".appointment_resource_attributes",
    "AppointmentResourceAttributesAttendance": ".appointment_resource_attributes_attendance",
    "AppointmentResourceAttributesAttendanceStatus": ".appointment_resource_attributes_attendance_status",
    "AppointmentResourceAttributesAttendanceStatusSlug": ".appointment_resource_attributes_attendance_status_slug",
    "AppointmentResourceAttributesPaidFull": ".appointment_resource_attributes_paid_full",
    "AppointmentResourceRelationships": ".appointment_resource_relationships",
    "AttendanceServiceResource": ".attendance_service_resource",
    "AttendanceServiceResourceAttributes": ".attendance_service_resource_attributes",
    "AttendanceServiceSuggestionResource": ".attendance_service_suggestion_resource",
    "AttendanceServiceSuggestionResourceAttributes": ".attendance_service_suggestion_resource_attributes",
    "AttendanceServiceSuggestionResourceAttributesSuggestionType": ".attendance_service_suggestion_resource_attributes_suggestion_type",
    "AttendanceServiceSuggestionResourceRelationships": ".attendance_service_suggestion_resource_relationships",
    "AutocompleteProductsIncludeItem": ".autocomplete_products_include_item",
    "AutocompleteProductsResponse200": ".autocomplete_products_response_200",
    "AutocompleteProductsResponse200Meta": ".autocomplete_products_response_200_meta",
    "B2BV2ErrorResponse": ".b2bv2_error_response",
    "B2BV2ErrorResponseMeta": ".b2bv2_error_response_meta",
    "B2BV2ErrorResponseMetaErrors": ".b2bv2_error_response_meta_errors",
    "BookingUserAttendanceStatisticsAttributes": ".booking_user_attendance_statistics_attributes",
    "BookingUserAttendanceStatisticsRelationships": ".booking_user_attendance_statistics_relationships",
    "BookingUserChainAttendanceStatisticsResource": ".booking_user_chain_attendance_statistics_resource",
    "BookingUserChainAttendanceStatisticsResourceAttributes": ".booking_user_chain_attendance_statistics_resource_attributes",
    "BookingUserDepositResource": ".booking_user_deposit_resource",
    "BookingUserDepositResourceAttributes": ".booking_user_deposit_resource_attributes",
    "BookingUserIncludeItem": ".booking_user_include_item",
    "BookingUserLocationAttendanceStatisticsResource": ".booking_user_location_attendance_statistics_resource",
    "BookingUserLocationAttendanceStatisticsResourceAttributes": ".booking_user_location_attendance_statistics_resource_attributes",
    "BookingUserResource": ".booking_user_resource",
    "BookingUserResourceAttributes": ".booking_user_resource_attributes",
    "BookingUserResourceRelationships": ".booking_user_resource_relationships",
    "CreateEventAppointmentRequest": ".create_event_appointment_request",
    "CreateEventAppointmentRequestClient": ".create_event_appointment_request_client",
    "CreateEventAppointmentRequestClientAgreementsType0": ".create_event_appointment_request_client_agreements_type_0",
    "CreateEventAppointmentRequestClientCustomFieldValuesType0Item": ".create_event_appointment_request_client_custom_field_values_type_0_item",
    "CreateEventAppointmentRequestClientGenderType1": ".create_event_appointment_request_client_gender_type_1",
    "CreateEventAppointmentRequestClientGenderType2Type1": ".create_event_appointment_request_client_gender_type_2_type_1",
    "CreateEventAppointmentRequestClientGenderType3Type1": ".create_event_appointment_request_client_gender_type_3_type_1",
    "CreateEventAppointmentRequestComer": ".create_event_appointment_request_comer",
    "CreateEventRequest": ".create_event_request",
    "CreatePositionBody": ".create_position_body",
    "CreatePositionResponse201": ".create_position_response_201",
    "CreatePositionResponse201MetaItem": ".create_position_response_201_meta_item",
    "CreateTagBody": ".create_tag_body",
    "CreateTagBodyEntity": ".create_tag_body_entity",
    "CreateTagResponse201": ".create_tag_response_201",
    "CreateTagResponse201Data": ".create_tag_response_201_data",
    "CreateTagResponse201MetaItem": ".create_tag_response_201_meta_item",
    "CreateTagResponse400": ".create_tag_response_400",
    "CreateTagResponse400Meta": ".create_tag_response_400_meta",
    "CreateTagResponse401": ".create_tag_response_401",
    "CreateTagResponse401Meta": ".create_tag_response_401_meta",
    "CreateTagResponse403": ".create_tag_response_403",
    "CreateTagResponse403Meta": ".create_tag_response_403_meta",
    "CreateTagResponse404": ".create_tag_response_404",
    "CreateTagResponse404Meta": ".create_tag_response_404_meta",
    "CreateTagResponse422": ".create_tag_response_422",
    "CreateTagResponse422Meta": ".create_tag_response_422_meta",
    "CustomFieldResource": ".custom_field_resource",
    "CustomFieldResourceAttributes": ".custom_field_resource_attributes",
    "CustomFieldResourceAttributesEntitySlug": ".custom_field_resource_attributes_entity_slug",
    "CustomFieldResourceAttributesParentEntityType": ".custom_field_resource_attributes_parent_entity_type",
    "CustomFieldResourceRelationships": ".custom_field_resource_relationships",
    "CustomFieldTypeResource": ".custom_field_type_resource",
    "CustomFieldTypeResourceAttributes": ".custom_field_type_resource_attributes",
    "CustomFieldUIOptionResource": ".custom_field_ui_option_resource",
    "CustomFieldUIOptionResourceAttributes": ".custom_field_ui_option_resource_attributes",
    "DeleteTagResponse401": ".delete_tag_response_401",
    "DeleteTagResponse401Meta": ".delete_tag_response_401_meta",
    "DeleteTagResponse403": ".delete_tag_response_403",
    "DeleteTagResponse403Meta": ".delete_tag_response_403_meta",
    "DeleteTagResponse404": ".delete_tag_response_404",
    "DeleteTagResponse404Meta": ".delete_tag_response_404_meta",
    "DeleteTimetableAppointmentBody": ".delete_timetable_appointment_body",
    "DeleteTimetableAppointmentResponse200": ".delete_timetable_appointment_response_200",
    "EmploymentProfileResource": ".employment_profile_resource",
    "EmploymentProfileResourceAttributes": ".employment_profile_resource_attributes",
    "EmploymentProfileResourceAttributesGender": ".employment_profile_resource_attributes_gender",
    "EventAppointmentItemResponse": ".event_appointment_item_response",
    "EventCollectionResponse": ".event_collection_response",
    "EventIncludeItem": ".event_include_item",
    "EventItemResponse": ".event_item_response",
    "EventResource": ".event_resource",
    "EventResourceAttributes": ".event_resource_attributes",
    "EventResourceAttributesScheduleTillType0": ".event_resource_attributes_schedule_till_type_0",
    "EventResourceRelationships": ".event_resource_relationships",
    "GetAttendanceBookingUserResponse200": ".get_attendance_booking_user_response_200",
    "GetAttendanceProductItemIncludeItem": ".get_attendance_product_item_include_item",
    "GetAttendanceProductItemResponse200": ".get_attendance_product_item_response_200",
    "GetBookingUserChainAttendanceStatisticsResponse200": ".get_booking_user_chain_attendance_statistics_response_200",
    "GetBookingUserLocationAttendanceStatisticsResponse200": ".get_booking_user_location_attendance_statistics_response_200",
    "GetPositionResponse200": ".get_position_response_200",
    "GetPositionResponse200MetaItem": ".get_position_response_200_meta_item",
    "GetProductCategoryIncludeItem": ".get_product_category_include_item",
    "GetProductCategoryResponse200": ".get_product_category_response_200",
    "GetProductIncludeItem": ".get_product_include_item",
    "GetProductResponse200": ".get_product_response_200",
    "GetServiceIncludeItem": ".get_service_include_item",
    "GetServiceResponse200": ".get_service_response_200",
    "GetTagResponse200": ".get_tag_response_200",
    "GetTagResponse200Data": ".get_tag_response_200_data",
    "GetTagResponse200MetaItem": ".get_tag_response_200_meta_item",
    "GetTagResponse401": ".get_tag_response_401",
    "GetTagResponse401Meta": ".get_tag_response_401_meta",
    "GetTagResponse403": ".get_tag_response_403",
    "GetTagResponse403Meta": ".get_tag_response_403_meta",
    "GetTagResponse404": ".get_tag_response_404",
    "GetTagResponse404Meta": ".get_tag_response_404_meta",
    "IncludeItem": ".include_item",
    "IncludedResource": ".included_resource",
    "IncludedResourceAttributes": ".included_resource_attributes",
    "IncludedResourceRelationships": ".included_resource_relationships",
    "ListAppointmentsResponse200": ".list_appointments_response_200",
    "ListAppointmentsResponse200Meta": ".list_appointments_response_200_meta",
    "ListAttendanceAppointmentsResponse200": ".list_attendance_appointments_response_200",
    "ListAttendanceServiceSuggestionsIncludeItem": ".list_attendance_service_suggestions_include_item",
    "ListAttendanceServiceSuggestionsResponse200": ".list_attendance_service_suggestions_response_200",
    "ListAttendanceServicesFilterisAvailableForTimetable": ".list_attendance_services_filteris_available_for_timetable",
    "ListAttendanceServicesFilterisComposite": ".list_attendance_services_filteris_composite",
    "ListAttendanceServicesFilterisMulti": ".list_attendance_services_filteris_multi",
    "ListAttendanceServicesResponse200": ".list_attendance_services_response_200",
    "ListAttendanceServicesResponse200Meta": ".list_attendance_services_response_200_meta",
    "ListCompositeServiceAttendanceServicesResponse200": ".list_composite_service_attendance_services_response_200",
    "ListCustomFieldsFilterentitySlug": ".list_custom_fields_filterentity_slug",
    "ListCustomFieldsFilterparentEntityType": ".list_custom_fields_filterparent_entity_type",
    "ListCustomFieldsIncludeItem": ".list_custom_fields_include_item",
    "ListCustomFieldsResponse200": ".list_custom_fields_response_200",
    "ListPositionsResponse200": ".list_positions_response_200",
    "ListProductCategoriesIncludeItem": ".list_product_categories_include_item",
    "ListProductCategoriesResponse200": ".list_product_categories_response_200",
    "ListProductStorageAmountsIncludeItem": ".list_product_storage_amounts_include_item",
    "ListProductStorageAmountsResponse200": ".list_product_storage_amounts_response_200",
    "ListProductUnitsResponse200": ".list_product_units_response_200",
    "ListProductsFilterrelatedLoyaltyEntitySlug": ".list_products_filterrelated_loyalty_entity_slug",
    "ListProductsIncludeItem": ".list_products_include_item",
    "ListProductsResponse200": ".list_products_response_200",
    "ListProductsResponse200Meta": ".list_products_response_200_meta",
    "ListResourceOccupationsResponse200": ".list_resource_occupations_response_200",
    "ListServiceCategoriesResponse200": ".list_service_categories_response_200",
    "ListServicesIncludeItem": ".list_services_include_item",
    "ListServicesResponse200": ".list_services_response_200",
    "ListTagsEntity": ".list_tags_entity",
    "ListTagsResponse200": ".list_tags_response_200",
    "ListTagsResponse200DataItem": ".list_tags_response_200_data_item",
    "ListTagsResponse401": ".list_tags_response_401",
    "ListTagsResponse401Meta": ".list_tags_response_401_meta",
    "ListTagsResponse403": ".list_tags_response_403",
    "ListTagsResponse403Meta": ".list_tags_response_403_meta",
    "ListTagsResponse404": ".list_tags_response_404",
    "ListTagsResponse404Meta": ".list_tags_response_404_meta",
    "ListTeamMembersFilterdeleted": ".list_team_members_filterdeleted",
    "ListTeamMembersFilterfired": ".list_team_members_filterfired",
    "ListTeamMembersFilterhasSchedule": ".list_team_members_filterhas_schedule",
    "ListTeamMembersFilterisAssistant": ".list_team_members_filteris_assistant",
    "ListTeamMembersFilterisPaid": ".list_team_members_filteris_paid",
    "ListTeamMembersFilteruserLinked": ".list_team_members_filteruser_linked",
    "ListTeamMembersIncludeItem": ".list_team_members_include_item",
    "ListTeamMembersResponse200": ".list_team_members_response_200",
    "Pagination": ".pagination",
    "PositionResource": ".position_resource",
    "PositionResourceAttributes": ".position_resource_attributes",
    "PositionResourceAttributesServicesBindingType": ".position_resource_attributes_services_binding_type",
    "ProductCategoryResource": ".product_category_resource",
    "ProductCategoryResourceAttributes": ".product_category_resource_attributes",
    "ProductCategoryResourceRelationships": ".product_category_resource_relationships",
    "ProductResource": ".product_resource",
    "ProductResourceAttributes": ".product_resource_attributes",
    "ProductResourceRelationships": ".product_resource_relationships",
    "ProductStorageAmountResource": ".product_storage_amount_resource",
    "ProductStorageAmountResourceAttributes": ".product_storage_amount_resource_attributes",
    "ProductStorageAmountResourceRelationships": ".product_storage_amount_resource_relationships",
    "ProductUnitResource": ".product_unit_resource",
    "ProductUnitResourceAttributes": ".product_unit_resource_attributes",
    "RescheduleEventAppointmentRequest": ".reschedule_event_appointment_request",
    "ResourceIdentifier": ".resource_identifier",
    "ResourceOccupationResource": ".resource_occupation_resource",
    "ResourceOccupationResourceAttributes": ".resource_occupation_resource_attributes",
    "ResourceOccupationResourceAttributesSourceType": ".resource_occupation_resource_attributes_source_type",
    "ResourceOccupationResourceAttributesSourceTypeSlug": ".resource_occupation_resource_attributes_source_type_slug",
    "ServiceCategoryResource": ".service_category_resource",
    "ServiceCategoryResourceAttributes": ".service_category_resource_attributes",
    "ServiceResource": ".service_resource",
    "ServiceResourceAttributes": ".service_resource_attributes",
    "ServiceResourceRelationships": ".service_resource_relationships",
    "StaffPositionResource": ".staff_position_resource",
    "StaffPositionResourceAttributes": ".staff_position_resource_attributes",
    "TagAttributes": ".tag_attributes",
    "TagAttributesEntityType": ".tag_attributes_entity_type",
    "TeamMemberResource": ".team_member_resource",
    "TeamMemberResourceAttributes": ".team_member_resource_attributes",
    "TeamMemberResourceRelationships": ".team_member_resource_relationships",
    "ToManyRelationship": ".to_many_relationship",
    "ToOneRelationship": ".to_one_relationship",
    "UpdateEventAppointmentRequest": ".update_event_appointment_request",
    "UpdateEventAppointmentRequestAttendanceGoodItemsItem": ".update_event_appointment_request_attendance_good_items_item",
    "UpdateEventAppointmentRequestAttendanceGoodItemsItemOperationUnitType": ".update_event_appointment_request_attendance_good_items_item_operation_unit_type",
    "UpdateEventAppointmentRequestAttendanceServiceItem": ".update_event_appointment_request_attendance_service_item",
    "UpdateEventRequest": ".update_event_request",
    "UpdatePositionBody": ".update_position_body",
    "UpdateTagBody": ".update_tag_body",
    "UpdateTagBodyEntity": ".update_tag_body_entity",
    "UpdateTagResponse401": ".update_tag_response_401",
    "UpdateTagResponse401Meta": ".update_tag_response_401_meta",
    "UpdateTagResponse403": ".update_tag_response_403",
    "UpdateTagResponse403Meta": ".update_tag_response_403_meta",
    "UpdateTagResponse404": ".update_tag_response_404",
    "UpdateTagResponse404Meta": ".update_tag_response_404_meta",
    "UpdateTagResponse422": ".update_tag_response_422",
    "UpdateTagResponse422Meta": ".update_tag_response_422_meta",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "AppointmentProductItemResource",
    "AppointmentProductItemResourceAttributes",
    "AppointmentProductItemResourceRelationships",
    "AppointmentResource",
    "AppointmentResourceAttributes",
    "AppointmentResourceAttributesAttendance",
    "AppointmentResourceAttributesAttendanceStatus",
    "AppointmentResourceAttributesAttendanceStatusSlug",
    "AppointmentResourceAttributesPaidFull",
    "AppointmentResourceRelationships",
    "AttendanceServiceResource",
    "AttendanceServiceResourceAttributes",
    "AttendanceServiceSuggestionResource",
    "AttendanceServiceSuggestionResourceAttributes",
    "AttendanceServiceSuggestionResourceAttributesSuggestionType",
    "AttendanceServiceSuggestionResourceRelationships",
    "AutocompleteProductsIncludeItem",
    "AutocompleteProductsResponse200",
    "AutocompleteProductsResponse200Meta",
    "B2BV2ErrorResponse",
    "B2BV2ErrorResponseMeta",
    "B2BV2ErrorResponseMetaErrors",
    "BookingUserAttendanceStatisticsAttributes",
    "BookingUserAttendanceStatisticsRelationships",
    "BookingUserChainAttendanceStatisticsResource",
    "BookingUserChainAttendanceStatisticsResourceAttributes",
    "BookingUserDepositResource",
    "BookingUserDepositResourceAttributes",
    "BookingUserIncludeItem",
    "BookingUserLocationAttendanceStatisticsResource",
    "BookingUserLocationAttendanceStatisticsResourceAttributes",
    "BookingUserResource",
    "BookingUserResourceAttributes",
    "BookingUserResourceRelationships",
    "CreateEventAppointmentRequest",
    "CreateEventAppointmentRequestClient",
    "CreateEventAppointmentRequestClientAgreementsType0",
    "CreateEventAppointmentRequestClientCustomFieldValuesType0Item",
    "CreateEventAppointmentRequestClientGenderType1",
    "CreateEventAppointmentRequestClientGenderType2Type1",
    "CreateEventAppointmentRequestClientGenderType3Type1",
    "CreateEventAppointmentRequestComer",
    "CreateEventRequest",
    "CreatePositionBody",
    "CreatePositionResponse201",
    "CreatePositionResponse201MetaItem",
    "CreateTagBody",
    "CreateTagBodyEntity",
    "CreateTagResponse201",
    "CreateTagResponse201Data",
    "CreateTagResponse201MetaItem",
    "CreateTagResponse400",
    "CreateTagResponse400Meta",
    "CreateTagResponse401",
    "CreateTagResponse401Meta",
    "CreateTagResponse403",
    "CreateTagResponse403Meta",
    "CreateTagResponse404",
    "CreateTagResponse404Meta",
    "CreateTagResponse422",
    "CreateTagResponse422Meta",
    "CustomFieldResource",
    "CustomFieldResourceAttributes",
    "CustomFieldResourceAttributesEntitySlug",
    "CustomFieldResourceAttributesParentEntityType",
    "CustomFieldResourceRelationships",
    "CustomFieldTypeResource",
    "CustomFieldTypeResourceAttributes",
    "CustomFieldUIOptionResource",
    "CustomFieldUIOptionResourceAttributes",
    "DeleteTagResponse401",
    "DeleteTagResponse401Meta",
    "DeleteTagResponse403",
    "DeleteTagResponse403Meta",
    "DeleteTagResponse404",
    "DeleteTagResponse404Meta",
    "DeleteTimetableAppointmentBody",
    "DeleteTimetableAppointmentResponse200",
    "EmploymentProfileResource",
    "EmploymentProfileResourceAttributes",
    "EmploymentProfileResourceAttributesGender",
    "EventAppointmentItemResponse",
    "EventCollectionResponse",
    "EventIncludeItem",
    "EventItemResponse",
    "EventResource",
    "EventResourceAttributes",
    "EventResourceAttributesScheduleTillType0",
    "EventResourceRelationships",
    "GetAttendanceBookingUserResponse200",
    "GetAttendanceProductItemIncludeItem",
    "GetAttendanceProductItemResponse200",
    "GetBookingUserChainAttendanceStatisticsResponse200",
    "GetBookingUserLocationAttendanceStatisticsResponse200",
    "GetPositionResponse200",
    "GetPositionResponse200MetaItem",
    "GetProductCategoryIncludeItem",
    "GetProductCategoryResponse200",
    "GetProductIncludeItem",
    "GetProductResponse200",
    "GetServiceIncludeItem",
    "GetServiceResponse200",
    "GetTagResponse200",
    "GetTagResponse200Data",
    "GetTagResponse200MetaItem",
    "GetTagResponse401",
    "GetTagResponse401Meta",
    "GetTagResponse403",
    "GetTagResponse403Meta",
    "GetTagResponse404",
    "GetTagResponse404Meta",
    "IncludeItem",
    "IncludedResource",
    "IncludedResourceAttributes",
    "IncludedResourceRelationships",
    "ListAppointmentsResponse200",
    "ListAppointmentsResponse200Meta",
    "ListAttendanceAppointmentsResponse200",
    "ListAttendanceServiceSuggestionsIncludeItem",
    "ListAttendanceServiceSuggestionsResponse200",
    "ListAttendanceServicesFilterisAvailableForTimetable",
    "ListAttendanceServicesFilterisComposite",
    "ListAttendanceServicesFilterisMulti",
    "ListAttendanceServicesResponse200",
    "ListAttendanceServicesResponse200Meta",
    "ListCompositeServiceAttendanceServicesResponse200",
    "ListCustomFieldsFilterentitySlug",
    "ListCustomFieldsFilterparentEntityType",
    "ListCustomFieldsIncludeItem",
    "ListCustomFieldsResponse200",
    "ListPositionsResponse200",
    "ListProductCategoriesIncludeItem",
    "ListProductCategoriesResponse200",
    "ListProductStorageAmountsIncludeItem",
    "ListProductStorageAmountsResponse200",
    "ListProductUnitsResponse200",
    "ListProductsFilterrelatedLoyaltyEntitySlug",
    "ListProductsIncludeItem",
    "ListProductsResponse200",
    "ListProductsResponse200Meta",
    "ListResourceOccupationsResponse200",
    "ListServiceCategoriesResponse200",
    "ListServicesIncludeItem",
    "ListServicesResponse200",
    "ListTagsEntity",
    "ListTagsResponse200",
    "ListTagsResponse200DataItem",
    "ListTagsResponse401",
    "ListTagsResponse401Meta",
    "ListTagsResponse403",
    "ListTagsResponse403Meta",
    "ListTagsResponse404",
    "ListTagsResponse404Meta",
    "ListTeamMembersFilterdeleted",
    "ListTeamMembersFilterfired",
    "ListTeamMembersFilterhasSchedule",
    "ListTeamMembersFilterisAssistant",
    "ListTeamMembersFilterisPaid",
    "ListTeamMembersFilteruserLinked",
    "ListTeamMembersIncludeItem",
    "ListTeamMembersResponse200",
    "Pagination",
    "PositionResource",
    "PositionResourceAttributes",
    "PositionResourceAttributesServicesBindingType",
    "ProductCategoryResource",
    "ProductCategoryResourceAttributes",
    "ProductCategoryResourceRelationships",
    "ProductResource",
    "ProductResourceAttributes",
    "ProductResourceRelationships",
    "ProductStorageAmountResource",
    "ProductStorageAmountResourceAttributes",
    "ProductStorageAmountResourceRelationships",
    "ProductUnitResource",
    "ProductUnitResourceAttributes",
    "RescheduleEventAppointmentRequest",
    "ResourceIdentifier",
    "ResourceOccupationResource",
    "ResourceOccupationResourceAttributes",
    "ResourceOccupationResourceAttributesSourceType",
    "ResourceOccupationResourceAttributesSourceTypeSlug",
    "ServiceCategoryResource",
    "ServiceCategoryResourceAttributes",
    "ServiceResource",
    "ServiceResourceAttributes",
    "ServiceResourceRelationships",
    "StaffPositionResource",
    "StaffPositionResourceAttributes",
    "TagAttributes",
    "TagAttributesEntityType",
    "TeamMemberResource",
    "TeamMemberResourceAttributes",
    "TeamMemberResourceRelationships",
    "ToManyRelationship",
    "ToOneRelationship",
    "UpdateEventAppointmentRequest",
    "UpdateEventAppointmentRequestAttendanceGoodItemsItem",
    "UpdateEventAppointmentRequestAttendanceGoodItemsItemOperationUnitType",
    "UpdateEventAppointmentRequestAttendanceServiceItem",
    "UpdateEventRequest",
    "UpdatePositionBody",
    "UpdateTagBody",
    "UpdateTagBodyEntity",
    "UpdateTagResponse401",
    "UpdateTagResponse401Meta",
    "UpdateTagResponse403",
    "UpdateTagResponse403Meta",
    "UpdateTagResponse404",
    "UpdateTagResponse404Meta",
    "UpdateTagResponse422",
    "UpdateTagResponse422Meta",
)
