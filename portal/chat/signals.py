"""What the chat tells other apps, without knowing them: a parent's turn ended (the message has its outcome), and a
parent rated a chat. The review list (portal/learning) keeps its to-do list with these. Sent with send_robust: a
receiver that fails never breaks a parent's turn."""

from django.dispatch import Signal

turn_ended = Signal()  # message: the parent's message, its outcome and answer_topic set
conversation_rated = Signal()  # conversation: its rating set
