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
