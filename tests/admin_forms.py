"""POST data for the admin's page forms, as the editor's browser sends it."""

from wagtail.blocks.base import BlockWidget


def page_form_data(page_class, parent, user, **fields):
    """Every field and inline formset of ``page_class``'s admin form, empty
    unless given in ``fields`` (StreamFields and inline rows start empty)."""
    form_class = page_class.get_edit_handler().get_form_class()
    form = form_class(instance=page_class(), parent_page=parent, for_user=user)
    data = {}
    for name, field in form.fields.items():
        if isinstance(field.widget, BlockWidget):
            data[f"{name}-count"] = "0"
    for formset in form.formsets.values():
        prefix = formset.prefix
        data |= {
            f"{prefix}-TOTAL_FORMS": "0",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    return data | {key: value for key, value in fields.items() if value is not None}
