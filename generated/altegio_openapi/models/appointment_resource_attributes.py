from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.appointment_resource_attributes_attendance import (
    AppointmentResourceAttributesAttendance,
)
from ..models.appointment_resource_attributes_attendance_status import (
    AppointmentResourceAttributesAttendanceStatus,
)
from ..models.appointment_resource_attributes_attendance_status_slug import (
    AppointmentResourceAttributesAttendanceStatusSlug,
)
from ..models.appointment_resource_attributes_paid_full import (
    AppointmentResourceAttributesPaidFull,
)

T = TypeVar("T", bound="AppointmentResourceAttributes")


@_attrs_define
class AppointmentResourceAttributes:
    company_id: int
    """ Identifier of the Location """
    external_id: str
    """ Appointment identifier in an external system """
    visit_id: int
    """ ID of the linked visit; `0` if there is no link """
    booking_user_id: int
    """ ID of the Booking User account, or `0` """
    bookform_id: int
    """ ID of the booking form, or `0` """
    master_id: int
    """ Outdated wire field holding the Team Member ID; prefer `staff_id` """
    staff_id: int
    """ Identifier of the Team Member """
    client_id: int
    """ ID of the Booking User profile; `0` if there is none """
    comer_id: int | None
    """ Identifier of the walk-in visitor """
    source: int
    """ Wire value describing where the Appointment came from """
    attendance: AppointmentResourceAttributesAttendance
    """ Deprecated attendance value on the wire. Use `attendance_status_slug` instead """
    attendance_status: AppointmentResourceAttributesAttendanceStatus
    """ Outdated attendance status; prefer `attendance_status_slug` """
    attendance_status_slug: AppointmentResourceAttributesAttendanceStatusSlug
    """ Attendance status of the Appointment """
    client_fictive_name: None | str
    """ Substitute Booking User name saved on the Appointment """
    client_fictive_phone: None | str
    """ Backup Booking User phone saved on the Appointment """
    client_fictive_email: None | str
    """ Backup email of the Booking User saved on the Appointment """
    clients_count: int
    """ How many Booking Users the Appointment has """
    activity_id: int
    """ ID of the Event, or `0` if the Appointment does not belong to any Event """
    custom_color: str
    """ Background color of the Appointment with no leading `#`, or an empty string """
    custom_font_color: str
    """ Text color of the Appointment with no leading `#`, or an empty string """
    length: int
    """ Deprecated: length in seconds. Use `duration` instead """
    duration: int
    """ Length of the Appointment, in seconds """
    paid_full: AppointmentResourceAttributesPaidFull
    """ Outdated payment wire value; prefer `is_paid` and `is_overpaid` """
    is_paid: bool
    """ Indicates whether the Appointment has been paid in full """
    is_overpaid: bool
    """ Indicates that more than the due amount was paid for the Appointment """
    timestamp: int
    """ Start of the Appointment, as a Unix timestamp """
    date: str
    """ Start time of the Appointment in the Location's timezone, with no offset """
    created_datetime: str
    """ When it was created, in the Location timezone, with no offset """
    from_url: str
    """ URL of the origin, or an empty string """
    is_mobile: int
    """ Wire status indicating the Appointment came from mobile """
    comment: str
    """ Comment on the Appointment """
    prepaid_status: int
    """ Wire value of the prepayment status """
    record_from: str
    """ Source of the Appointment in readable form, or an empty string """
    payment_status: int | None
    """ Status of the membership auto-payment, if available """
    is_sale_bill_printed: bool | None
    """ True if the sale bill has been printed (when this information exists) """
    is_client_notification_sent: bool
    """ Indicates that the Booking User was sent a notification """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        external_id = self.external_id

        visit_id = self.visit_id

        booking_user_id = self.booking_user_id

        bookform_id = self.bookform_id

        master_id = self.master_id

        staff_id = self.staff_id

        client_id = self.client_id

        comer_id: int | None
        comer_id = self.comer_id

        source = self.source

        attendance = self.attendance.value

        attendance_status = self.attendance_status.value

        attendance_status_slug = self.attendance_status_slug.value

        client_fictive_name: None | str
        client_fictive_name = self.client_fictive_name

        client_fictive_phone: None | str
        client_fictive_phone = self.client_fictive_phone

        client_fictive_email: None | str
        client_fictive_email = self.client_fictive_email

        clients_count = self.clients_count

        activity_id = self.activity_id

        custom_color = self.custom_color

        custom_font_color = self.custom_font_color

        length = self.length

        duration = self.duration

        paid_full = self.paid_full.value

        is_paid = self.is_paid

        is_overpaid = self.is_overpaid

        timestamp = self.timestamp

        date = self.date

        created_datetime = self.created_datetime

        from_url = self.from_url

        is_mobile = self.is_mobile

        comment = self.comment

        prepaid_status = self.prepaid_status

        record_from = self.record_from

        payment_status: int | None
        payment_status = self.payment_status

        is_sale_bill_printed: bool | None
        is_sale_bill_printed = self.is_sale_bill_printed

        is_client_notification_sent = self.is_client_notification_sent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
                "external_id": external_id,
                "visit_id": visit_id,
                "booking_user_id": booking_user_id,
                "bookform_id": bookform_id,
                "master_id": master_id,
                "staff_id": staff_id,
                "client_id": client_id,
                "comer_id": comer_id,
                "source": source,
                "attendance": attendance,
                "attendance_status": attendance_status,
                "attendance_status_slug": attendance_status_slug,
                "client_fictive_name": client_fictive_name,
                "client_fictive_phone": client_fictive_phone,
                "client_fictive_email": client_fictive_email,
                "clients_count": clients_count,
                "activity_id": activity_id,
                "custom_color": custom_color,
                "custom_font_color": custom_font_color,
                "length": length,
                "duration": duration,
                "paid_full": paid_full,
                "is_paid": is_paid,
                "is_overpaid": is_overpaid,
                "timestamp": timestamp,
                "date": date,
                "created_datetime": created_datetime,
                "from_url": from_url,
                "is_mobile": is_mobile,
                "comment": comment,
                "prepaid_status": prepaid_status,
                "record_from": record_from,
                "payment_status": payment_status,
                "is_sale_bill_printed": is_sale_bill_printed,
                "is_client_notification_sent": is_client_notification_sent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        external_id = d.pop("external_id")

        visit_id = d.pop("visit_id")

        booking_user_id = d.pop("booking_user_id")

        bookform_id = d.pop("bookform_id")

        master_id = d.pop("master_id")

        staff_id = d.pop("staff_id")

        client_id = d.pop("client_id")

        def _parse_comer_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        comer_id = _parse_comer_id(d.pop("comer_id"))

        source = d.pop("source")

        attendance = AppointmentResourceAttributesAttendance(d.pop("attendance"))

        attendance_status = AppointmentResourceAttributesAttendanceStatus(
            d.pop("attendance_status")
        )

        attendance_status_slug = AppointmentResourceAttributesAttendanceStatusSlug(
            d.pop("attendance_status_slug")
        )

        def _parse_client_fictive_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_fictive_name = _parse_client_fictive_name(d.pop("client_fictive_name"))

        def _parse_client_fictive_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_fictive_phone = _parse_client_fictive_phone(
            d.pop("client_fictive_phone")
        )

        def _parse_client_fictive_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_fictive_email = _parse_client_fictive_email(
            d.pop("client_fictive_email")
        )

        clients_count = d.pop("clients_count")

        activity_id = d.pop("activity_id")

        custom_color = d.pop("custom_color")

        custom_font_color = d.pop("custom_font_color")

        length = d.pop("length")

        duration = d.pop("duration")

        paid_full = AppointmentResourceAttributesPaidFull(d.pop("paid_full"))

        is_paid = d.pop("is_paid")

        is_overpaid = d.pop("is_overpaid")

        timestamp = d.pop("timestamp")

        date = d.pop("date")

        created_datetime = d.pop("created_datetime")

        from_url = d.pop("from_url")

        is_mobile = d.pop("is_mobile")

        comment = d.pop("comment")

        prepaid_status = d.pop("prepaid_status")

        record_from = d.pop("record_from")

        def _parse_payment_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        payment_status = _parse_payment_status(d.pop("payment_status"))

        def _parse_is_sale_bill_printed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_sale_bill_printed = _parse_is_sale_bill_printed(
            d.pop("is_sale_bill_printed")
        )

        is_client_notification_sent = d.pop("is_client_notification_sent")

        appointment_resource_attributes = cls(
            company_id=company_id,
            external_id=external_id,
            visit_id=visit_id,
            booking_user_id=booking_user_id,
            bookform_id=bookform_id,
            master_id=master_id,
            staff_id=staff_id,
            client_id=client_id,
            comer_id=comer_id,
            source=source,
            attendance=attendance,
            attendance_status=attendance_status,
            attendance_status_slug=attendance_status_slug,
            client_fictive_name=client_fictive_name,
            client_fictive_phone=client_fictive_phone,
            client_fictive_email=client_fictive_email,
            clients_count=clients_count,
            activity_id=activity_id,
            custom_color=custom_color,
            custom_font_color=custom_font_color,
            length=length,
            duration=duration,
            paid_full=paid_full,
            is_paid=is_paid,
            is_overpaid=is_overpaid,
            timestamp=timestamp,
            date=date,
            created_datetime=created_datetime,
            from_url=from_url,
            is_mobile=is_mobile,
            comment=comment,
            prepaid_status=prepaid_status,
            record_from=record_from,
            payment_status=payment_status,
            is_sale_bill_printed=is_sale_bill_printed,
            is_client_notification_sent=is_client_notification_sent,
        )

        return appointment_resource_attributes
