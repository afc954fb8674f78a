from shop.models import Customer


def customer_by_email(email):
    try:
        return Customer.objects.get(email=email)
    except Customer.DoesNotExist:
        return None


print(customer_by_email("alice@example.com"))
print(customer_by_email("zoe@example.com"))
