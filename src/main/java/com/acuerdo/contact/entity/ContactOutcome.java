package com.acuerdo.contact.entity;

/** The outcome of a contact (integration contract). RIGHT_PARTY on a CALL is a conversation. */
public enum ContactOutcome {
    NO_ANSWER,
    LEFT_MESSAGE,
    WRONG_NUMBER,
    RIGHT_PARTY,
    THIRD_PARTY,
    REFUSED,
    CALLBACK_REQUESTED,
    DELIVERED,
    FAILED;

    public boolean isConversation(Channel channel) {
        return this == RIGHT_PARTY && channel == Channel.CALL;
    }
}
