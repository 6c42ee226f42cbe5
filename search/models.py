"""How often each site's documents changed, per index: the database's side of keeping every web node's own index
in step (search.sync)."""

from django.db import models


class IndexVersion(models.Model):
    """Goes up after every committed change to a site's documents in one index (`pages` or `schools`)."""

    store = models.CharField(max_length=20)
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    version = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["store", "site"], name="search_index_version_per_site")]
