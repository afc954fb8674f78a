from functools import reduce
from operator import or_
from django.db.models import Q
from shop.models import Product

words = ["laptop", "mouse", "knife"]
any_word = reduce(or_, (Q(name__icontains=word) for word in words))
print(any_word)

result = Product.objects.filter(any_word).order_by("pk").values_list("name", flat=True)
