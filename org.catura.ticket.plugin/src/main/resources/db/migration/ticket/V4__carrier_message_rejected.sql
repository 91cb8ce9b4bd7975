-- Tickets about a carrier's confirmation that could not be recorded (garbled, unknown reference,
-- contradicting what is recorded): the shipping plugin opens them, nothing was changed by the message.
alter table catura_ticket drop constraint catura_ticket_type_check;
alter table catura_ticket add constraint catura_ticket_type_check check (type in ('MANUAL_QUEUE', 'STATION_ERROR',
    'NO_SHIPPING_CONFIRMATION', 'CANCEL_AFTER_SHIPPING', 'IMPORT_ERROR', 'CARRIER_MESSAGE_REJECTED', 'OTHER'));

-- Its System row, as V3 made those of the other types.
insert into CAT_TicketType (CAT_TicketType_ID, CAT_TicketType_UU, AD_Client_ID, AD_Org_ID, Created, CreatedBy,
                            Updated, UpdatedBy, Value, Name, DueHours, Supervisor, SupervisorEMail, IsEscalate,
                            ChangedBy)
values (107, gen_random_uuid()::text, 0, 0, now() at time zone 'UTC', 100, now() at time zone 'UTC', 100,
        'CARRIER_MESSAGE_REJECTED', 'Carrier message rejected', 8, 'supervisor', null, 'Y', 'migration')
on conflict do nothing;
