"""Admin pieces for what belongs to one SWV's site (its glossary terms, its deadlines, its own search words): its
eindredactie manages them, administrators all of them."""

import functools

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import reviewed_site_ids


class OwnObjectsViewSet(SnippetViewSet):
    """A snippet viewset that lists, and opens by URL, only the objects `allowed_for(user)` returns.

    Wagtail's generic edit, history, usage and workflow views check the model permission only; every view
    that names an object here also checks that the object is the user's own.
    """

    def allowed_for(self, user):
        raise NotImplementedError

    def get_queryset(self, request):
        return self.allowed_for(request.user)

    def get_urlpatterns(self):
        return [self._only_own(pattern) for pattern in super().get_urlpatterns()]

    def _only_own(self, pattern):
        view = pattern.callback

        @functools.wraps(view)
        def guarded(request, *args, **kwargs):
            pk = kwargs.get("pk")
            if pk is not None:
                try:
                    allowed = self.allowed_for(request.user).filter(pk=int(unquote(pk))).exists()
                except ValueError:
                    allowed = False
                if not allowed:
                    raise PermissionDenied
            return view(request, *args, **kwargs)

        pattern.callback = guarded
        return pattern


class OwnSiteViewSet(OwnObjectsViewSet):
    """Objects that belong to one SWV's site: its reviewers manage them, administrators all."""

    def allowed_for(self, user):
        objects = self.model.objects.select_related("site")
        return objects if user.is_superuser else objects.filter(site_id__in=reviewed_site_ids(user))


class OwnSiteForm(WagtailAdminModelForm):
    """An SWV's eindredactie picks only its own site; only an administrator may leave it empty (national)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not for_user.is_superuser:
            self.fields["site"].queryset = Site.objects.filter(pk__in=reviewed_site_ids(for_user))
            self.fields["site"].required = True
