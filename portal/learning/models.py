"""What the assistant learns from real conversations: parent messages that staff labelled in the review list,
stored de-identified as training examples. They outlive the chat purge; the conversation they came from does not."""

from django.conf import settings
from django.db import models
from wagtail.models import Site


class LabelledExample(models.Model):
    class Label(models.TextChoices):
        TOPIC = "topic", "Onderwerp"
        OUT_OF_SCOPE = "out_of_scope", "Buiten bereik"
        NEEDS_PERSON = "needs_person", "Heeft een persoon nodig"
        NEW_TOPIC = "new_topic", "Nieuw onderwerp"

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    # De-identified: names, numbers, addresses, dates and schools replaced by placeholders before it is saved.
    text = models.TextField("Tekst zonder persoonsgegevens", max_length=2000)
    label = models.CharField("Label", max_length=20, choices=Label.choices)
    topic = models.ForeignKey("answers.Topic", verbose_name="Onderwerp", null=True, blank=True,
                              on_delete=models.PROTECT, related_name="+")
    note = models.CharField("Notitie", max_length=500, blank=True)
    # The parent's message it came from, while the chat is kept; null after the purge.
    message = models.OneToOneField("chat.Message", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="labelled_example")
    labelled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = "Gelabeld voorbeeld"
        verbose_name_plural = "Gelabelde voorbeelden"
        constraints = [models.CheckConstraint(
            condition=models.Q(label="topic", topic__isnull=False) | ~models.Q(label="topic"),
            name="learning_topic_label_names_a_topic")]

    def __str__(self):
        return f"{self.get_label_display()}: {self.text[:60]}"


class ReviewItem(models.Model):
    """A parent message on the review list's to-do list, with why it is there (selection.py has the rules).

    Kept up to date when a turn ends and when a chat is rated (portal/chat/signals.py), so that the list is one
    indexed query also for a year of conversations. Deleted when the message is labelled, and with its chat."""

    message = models.OneToOneField("chat.Message", primary_key=True, on_delete=models.CASCADE,
                                   related_name="review_item")
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField()  # the message's
    outcome = models.CharField(max_length=20)
    answer_topic = models.CharField(max_length=60, blank=True)
    failed_twice = models.BooleanField(default=False)  # doorverbonden by the assistant after a failed message
    person_after_answer = models.BooleanField(default=False)  # beantwoord, and the next message doorverbonden
    low_rating = models.PositiveSmallIntegerField(null=True, blank=True)  # the chat's rating when 1 or 2

    class Meta:
        ordering = ["-created", "-message_id"]
        indexes = [models.Index(fields=["site", "-created"], name="learning_review_site_created"),
                   models.Index(fields=["site", "outcome", "-created"], name="learning_review_outcome"),
                   models.Index(fields=["site", "answer_topic", "-created"], name="learning_review_topic")]


class TrainingRun(models.Model):
    """One retraining of the assistant (portal/learning/retraining.py): what it was trained on, the figures of the
    running and the new model on the same question sets, and what became of the new model."""

    class Decision(models.TextChoices):
        RUNNING = "running", "Bezig"
        LIVE = "live", "In gebruik genomen"
        REFUSED = "refused", "Geweigerd"
        FAILED = "failed", "Mislukt"

    started = models.DateTimeField("Gestart", auto_now_add=True)
    finished = models.DateTimeField("Klaar", null=True, blank=True)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="Gestart door", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")  # null: from the command line
    examples_used = models.PositiveIntegerField("Gelabelde voorbeelden", null=True, blank=True)
    old_model = models.CharField("Huidig model", max_length=200, blank=True)
    new_model = models.CharField("Nieuw model", max_length=200, blank=True)
    # bench/assistant_questions.py --json, over all question sets: {measure: {"percent", "hits", "n"}}
    old_figures = models.JSONField("Cijfers huidig model", null=True, blank=True)
    new_figures = models.JSONField("Cijfers nieuw model", null=True, blank=True)
    decision = models.CharField("Besluit", max_length=10, choices=Decision.choices, default=Decision.RUNNING)
    reason = models.TextField("Reden", blank=True)
    # The process doing the run, so that a run whose process died is not "bezig" for ever.
    host = models.CharField(max_length=200, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-started", "-pk"]
        verbose_name = "Trainingsronde"
        verbose_name_plural = "Trainingsrondes"
        constraints = [models.UniqueConstraint(fields=["decision"], condition=models.Q(decision="running"),
                                               name="learning_one_training_run_at_a_time")]

    def __str__(self):
        return f"Training {self.pk} ({self.get_decision_display()})"
