-- Foreign keys between capabilities whose tables were created by separate migrations.

-- Cases, contacts, promises and arrangements name the agent and team who work them.
ALTER TABLE collection_case ADD CONSTRAINT fk_case_agent FOREIGN KEY (assigned_agent_id) REFERENCES agent (id);
ALTER TABLE collection_case ADD CONSTRAINT fk_case_team FOREIGN KEY (team_id) REFERENCES team (id);
ALTER TABLE contact ADD CONSTRAINT fk_contact_agent FOREIGN KEY (agent_id) REFERENCES agent (id);
ALTER TABLE promise_to_pay ADD CONSTRAINT fk_promise_agent FOREIGN KEY (made_by_agent_id) REFERENCES agent (id);
ALTER TABLE payment_arrangement ADD CONSTRAINT fk_arrangement_agent FOREIGN KEY (requested_by_agent_id) REFERENCES agent (id);

-- People who log in.
ALTER TABLE team ADD CONSTRAINT fk_team_supervisor FOREIGN KEY (supervisor_user_id) REFERENCES app_user (id);
ALTER TABLE agent ADD CONSTRAINT fk_agent_user FOREIGN KEY (user_id) REFERENCES app_user (id);
ALTER TABLE quality_review ADD CONSTRAINT fk_review_reviewer FOREIGN KEY (reviewer_user_id) REFERENCES app_user (id);
ALTER TABLE quality_review ADD CONSTRAINT fk_review_resolver FOREIGN KEY (resolved_by_user_id) REFERENCES app_user (id);
ALTER TABLE calibration_session ADD CONSTRAINT fk_calibration_lead FOREIGN KEY (lead_user_id) REFERENCES app_user (id);
ALTER TABLE calibration_participant ADD CONSTRAINT fk_calibration_participant_user FOREIGN KEY (user_id) REFERENCES app_user (id);
ALTER TABLE review_sample ADD CONSTRAINT fk_sample_added_by FOREIGN KEY (added_by_user_id) REFERENCES app_user (id);
ALTER TABLE coaching_action ADD CONSTRAINT fk_coaching_created_by FOREIGN KEY (created_by_user_id) REFERENCES app_user (id);

-- Quality work is about real contacts with real clients.
ALTER TABLE quality_review ADD CONSTRAINT fk_review_contact FOREIGN KEY (contact_id) REFERENCES contact (id);
ALTER TABLE calibration_session ADD CONSTRAINT fk_calibration_contact FOREIGN KEY (contact_id) REFERENCES contact (id);
ALTER TABLE review_sample ADD CONSTRAINT fk_sample_contact FOREIGN KEY (contact_id) REFERENCES contact (id);
ALTER TABLE outbox_message ADD CONSTRAINT fk_outbox_customer FOREIGN KEY (customer_id) REFERENCES customer (id);

-- Samples are found by contact when a supervisor adds one by hand.
CREATE INDEX ix_review_sample_contact ON review_sample (contact_id);
