-- Tickets about an order a channel could not import: no catura_order exists yet, so order_id stays null
-- and the channel plugin keeps the ticket id beside its import error.
alter table catura_ticket drop constraint catura_ticket_type_check;
alter table catura_ticket add constraint catura_ticket_type_check check (type in ('MANUAL_QUEUE', 'STATION_ERROR',
    'NO_SHIPPING_CONFIRMATION', 'CANCEL_AFTER_SHIPPING', 'IMPORT_ERROR', 'OTHER'));
