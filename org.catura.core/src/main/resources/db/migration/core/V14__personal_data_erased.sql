-- When the buyer data of the order was last erased (retention): null while it is kept. An order
-- the channel updated after that (catura_order.updated_at later) is erased again.
alter table catura_process add column personal_data_erased_at timestamptz;
