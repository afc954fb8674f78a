from shop.models import Tag

tags = [Tag(name="refurbished"), Tag(name="limited"), Tag(name="imported")]
created = Tag.objects.bulk_create(tags, batch_size=2)  # no save(), no signals
print([(tag.pk, tag.name) for tag in created])
